/*
 * shopfloor-box: runs one command for Shopfloor inside a Windows box, the Windows counterpart of the
 * bubblewrap box (docs/security-model.md, "The box (Windows)").
 *
 *   shopfloor-box --version
 *   shopfloor-box --mode restricted|account|job [--account-file F] [--write DIR]... [--read PATH]... [--hide PATH]...
 *                 [--max-processes N] [--memory-mb N] [--probe] --cwd DIR -- PROGRAM COMMAND-LINE
 *   shopfloor-box --seal-account F          (reads "user" and "password" lines on stdin)
 *   shopfloor-box --protect PATH            (Low integrity may no longer read, write or run PATH)
 *
 * The command runs in a job object that kills every process in it when the job's last handle closes
 * (this launcher ending, for any reason, including being killed) and that no process can leave, with
 * UI limits; when the command itself ends, the rest of the job (daemons included) is terminated. It
 * runs with the environment block this launcher got (Shopfloor builds it from an allowlist) and inherits
 * only the three standard handles. Its token is either
 *   - restricted: this process's token with every privilege but SeChangeNotify removed, Administrators
 *     deny-only, at Low integrity; --write directories are labelled Low (the only places it can write),
 *     --hide paths get a Medium no-read-up label; or
 *   - account: a dedicated local account's logon, its password kept DPAPI-sealed for the runner's own
 *     account (--seal-account); --write directories grant that account modify, --read paths read (the
 *     object store a work copy borrows), --hide paths deny it; or
 *   - job: this process's own token, unchanged. That is NOT a box (the command can read everything the
 *     runner can); Shopfloor uses it only where the policy says `isolation: none`, so that even then
 *     no process of the command outlives it.
 * Anything that cannot be set up exits 23308 with one line "shopfloor-box: ..." on stderr, and nothing
 * runs: the box fails closed.
 */
#define UNICODE
#define _UNICODE
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shellapi.h>
#include <wincrypt.h>

#define BOX_VERSION L"1.0"
#define EXIT_BOX_FAILED 23308
#define MAX_PATHS 32

static const wchar_t seal_entropy[] = L"shopfloor-box account v1";

static void write_utf8(HANDLE out, const wchar_t *text) {
  char buffer[4096];
  int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, buffer, sizeof buffer, NULL, NULL);
  DWORD written;
  if (size > 1) WriteFile(out, buffer, (DWORD)(size - 1), &written, NULL);
}

/* One line on stderr saying what could not be done and the Windows error, then exit: nothing ran. */
static void fail(const wchar_t *what, DWORD error) {
  wchar_t line[2048];
  wchar_t message[512] = L"";
  if (error != 0) {
    FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, error, 0, message, 512, NULL);
    for (wchar_t *c = message; *c; c++) if (*c == L'\r' || *c == L'\n') *c = L' ';
  }
  if (error != 0) wsprintfW(line, L"shopfloor-box: cannot %s (Windows error %lu: %s)\n", what, error, message);
  else wsprintfW(line, L"shopfloor-box: cannot %s\n", what);
  write_utf8(GetStdHandle(STD_ERROR_HANDLE), line);
  ExitProcess(EXIT_BOX_FAILED);
}

static void usage(const wchar_t *problem) {
  wchar_t line[1024];
  wsprintfW(line, L"run it as: shopfloor-box --mode restricted|account|job [--account-file F] [--write DIR]... [--read PATH]... [--hide PATH]... --cwd DIR -- PROGRAM COMMAND-LINE (%s)", problem);
  fail(line, 0);
}

typedef struct {
  const wchar_t *mode, *account_file, *cwd, *program, *command_line, *seal_file, *protect;
  const wchar_t *write[MAX_PATHS], *read[MAX_PATHS], *hide[MAX_PATHS];
  int writes, reads, hides, probe, version;
  DWORD max_processes, memory_mb;
} Options;

static DWORD parse_count(const wchar_t *text) {
  DWORD value = 0;
  if (!text || !*text) usage(L"a count is missing");
  for (; *text; text++) {
    if (*text < L'0' || *text > L'9' || value > 100000000) usage(L"a count must be a whole number");
    value = value * 10 + (DWORD)(*text - L'0');
  }
  return value;
}

static Options parse(int argc, wchar_t **argv) {
  Options o = {0};
  int i = 1;
  for (; i < argc; i++) {
    const wchar_t *a = argv[i];
    const wchar_t *next = i + 1 < argc ? argv[i + 1] : NULL;
    if (!lstrcmpW(a, L"--")) { i++; break; }
    if (!lstrcmpW(a, L"--version")) { o.version = 1; continue; }
    if (!lstrcmpW(a, L"--probe")) { o.probe = 1; continue; }
    if (!next) usage(L"an option lacks its value");
    if (!lstrcmpW(a, L"--mode")) o.mode = next;
    else if (!lstrcmpW(a, L"--account-file")) o.account_file = next;
    else if (!lstrcmpW(a, L"--cwd")) o.cwd = next;
    else if (!lstrcmpW(a, L"--seal-account")) o.seal_file = next;
    else if (!lstrcmpW(a, L"--protect")) o.protect = next;
    else if (!lstrcmpW(a, L"--max-processes")) o.max_processes = parse_count(next);
    else if (!lstrcmpW(a, L"--memory-mb")) o.memory_mb = parse_count(next);
    else if (!lstrcmpW(a, L"--write") && o.writes < MAX_PATHS) o.write[o.writes++] = next;
    else if (!lstrcmpW(a, L"--read") && o.reads < MAX_PATHS) o.read[o.reads++] = next;
    else if (!lstrcmpW(a, L"--hide") && o.hides < MAX_PATHS) o.hide[o.hides++] = next;
    else usage(L"unknown option or too many paths");
    i++;
  }
  if (o.version || o.seal_file || o.protect) return o;
  if (!o.mode || (lstrcmpW(o.mode, L"restricted") && lstrcmpW(o.mode, L"account") && lstrcmpW(o.mode, L"job"))) usage(L"--mode must be restricted, account or job");
  if (!lstrcmpW(o.mode, L"account") && !o.account_file) usage(L"--mode account needs --account-file");
  if (o.probe) return o;
  if (!o.cwd) usage(L"--cwd is missing");
  if (argc - i != 2) usage(L"after -- give exactly the program and its whole command line");
  o.program = argv[i];
  o.command_line = argv[i + 1];
  return o;
}

/* --- the account's credentials, sealed with DPAPI for the runner's own account ------------------- */

static DATA_BLOB entropy(void) {
  DATA_BLOB blob = { sizeof seal_entropy, (BYTE *)seal_entropy };
  return blob;
}

/* Only the runner's account (and SYSTEM) may open the sealed file; inherited entries are dropped. */
static void restrict_to_owner(const wchar_t *path) {
  HANDLE token;
  BYTE user[256];
  DWORD size;
  if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token) || !GetTokenInformation(token, TokenUser, user, sizeof user, &size)) fail(L"read this account's identity", GetLastError());
  CloseHandle(token);
  PSID system;
  ConvertStringSidToSidW(L"S-1-5-18", &system);
  EXPLICIT_ACCESSW access[2] = {0};
  PSID sids[2] = { ((TOKEN_USER *)user)->User.Sid, system };
  for (int k = 0; k < 2; k++) {
    access[k].grfAccessPermissions = GENERIC_ALL;
    access[k].grfAccessMode = SET_ACCESS;
    access[k].Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access[k].Trustee.ptstrName = (LPWSTR)sids[k];
  }
  PACL acl;
  DWORD error = SetEntriesInAclW(2, access, NULL, &acl);
  if (error == ERROR_SUCCESS) error = SetNamedSecurityInfoW((LPWSTR)path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, NULL, NULL, acl, NULL);
  if (error != ERROR_SUCCESS) fail(L"restrict the sealed account file to this account", error);
}

static int seal_account(const wchar_t *file) {
  char input[1024];
  DWORD got = 0, n;
  HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
  while (got < sizeof input - 1 && ReadFile(in, input + got, (DWORD)(sizeof input - 1 - got), &n, NULL) && n > 0) got += n;
  input[got] = 0;
  wchar_t text[1024];
  int length = MultiByteToWideChar(CP_UTF8, 0, input, (int)got, text, 1023);
  SecureZeroMemory(input, sizeof input);
  text[length] = 0;
  /* "user\npassword\n" becomes "user\0password" */
  wchar_t *newline = wcschr(text, L'\n');
  if (!newline || newline == text) fail(L"seal the account: give the user name and the password on two lines of stdin", 0);
  *newline = 0;
  if (newline > text && newline[-1] == L'\r') newline[-1] = 0;
  wchar_t *password = newline + 1;
  for (wchar_t *c = password; *c; c++) if (*c == L'\r' || *c == L'\n') { *c = 0; break; }
  DWORD bytes = (DWORD)(((password - text) + lstrlenW(password) + 1) * sizeof(wchar_t));
  DATA_BLOB plain = { bytes, (BYTE *)text }, extra = entropy(), sealed;
  BOOL ok = CryptProtectData(&plain, L"shopfloor-box account", &extra, NULL, NULL, CRYPTPROTECT_UI_FORBIDDEN, &sealed);
  SecureZeroMemory(text, sizeof text);
  if (!ok) fail(L"seal the account with DPAPI", GetLastError());
  HANDLE out = CreateFileW(file, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
  if (out == INVALID_HANDLE_VALUE) fail(L"write the sealed account file", GetLastError());
  DWORD written;
  ok = WriteFile(out, sealed.pbData, sealed.cbData, &written, NULL) && written == sealed.cbData;
  CloseHandle(out);
  LocalFree(sealed.pbData);
  if (!ok) fail(L"write the sealed account file", GetLastError());
  restrict_to_owner(file);
  write_utf8(GetStdHandle(STD_OUTPUT_HANDLE), L"sealed\n");
  return 0;
}

/* Logs the dedicated account on from the sealed file; the password is wiped as soon as it is used. */
static HANDLE account_token(const wchar_t *file) {
  HANDLE in = CreateFileW(file, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
  if (in == INVALID_HANDLE_VALUE) fail(L"open the sealed account file (make it with --seal-account as the runner's account)", GetLastError());
  BYTE data[8192];
  DWORD size = 0;
  BOOL read = ReadFile(in, data, sizeof data, &size, NULL);
  CloseHandle(in);
  if (!read || size == 0 || size == sizeof data) fail(L"read the sealed account file", read ? ERROR_INVALID_DATA : GetLastError());
  DATA_BLOB sealed = { size, data }, extra = entropy(), plain;
  if (!CryptUnprotectData(&sealed, NULL, &extra, NULL, NULL, CRYPTPROTECT_UI_FORBIDDEN, &plain)) fail(L"unseal the account file (it opens only for the account that sealed it)", GetLastError());
  wchar_t *user = (wchar_t *)plain.pbData;
  DWORD chars = plain.cbData / sizeof(wchar_t);
  DWORD user_length = (DWORD)lstrlenW(user);
  if (plain.cbData % sizeof(wchar_t) || user_length + 1 >= chars || user[chars - 1] != 0) fail(L"read the sealed account file: it is not a sealed user and password", 0);
  wchar_t *password = user + user_length + 1;
  wchar_t *slash = wcschr(user, L'\\');
  const wchar_t *domain = L".";
  if (slash) { *slash = 0; domain = user; user = slash + 1; }
  HANDLE token = NULL;
  BOOL ok = LogonUserW(user, domain, password, LOGON32_LOGON_BATCH, LOGON32_PROVIDER_DEFAULT, &token);
  DWORD error = ok ? 0 : GetLastError();
  if (!ok && error == ERROR_LOGON_TYPE_NOT_GRANTED) {
    ok = LogonUserW(user, domain, password, LOGON32_LOGON_INTERACTIVE, LOGON32_PROVIDER_DEFAULT, &token);
    error = ok ? 0 : GetLastError();
  }
  SecureZeroMemory(plain.pbData, plain.cbData);
  LocalFree(plain.pbData);
  if (!ok) fail(L"log the dedicated account on (grant it \"Log on as a batch job\")", error);
  return token;
}

/* --- the restricted token ------------------------------------------------------------------------- */

static PSID sid(const wchar_t *text) {
  PSID value = NULL;
  if (!ConvertStringSidToSidW(text, &value)) fail(L"build a well-known SID", GetLastError());
  return value;
}

static DWORD integrity_rid(HANDLE token) {
  BYTE buffer[256];
  DWORD size;
  if (!GetTokenInformation(token, TokenIntegrityLevel, buffer, sizeof buffer, &size)) return 0xFFFFFFFF;
  PSID label = ((TOKEN_MANDATORY_LABEL *)buffer)->Label.Sid;
  return *GetSidSubAuthority(label, *GetSidSubAuthorityCount(label) - 1);
}

static HANDLE restricted_token(void) {
  HANDLE self, restricted;
  if (!OpenProcessToken(GetCurrentProcess(), TOKEN_DUPLICATE | TOKEN_QUERY | TOKEN_ASSIGN_PRIMARY | TOKEN_ADJUST_DEFAULT, &self)) fail(L"open this process's token", GetLastError());
  SID_AND_ATTRIBUTES deny[2] = { { sid(L"S-1-5-32-544"), 0 }, { sid(L"S-1-5-114"), 0 } };
  if (!CreateRestrictedToken(self, DISABLE_MAX_PRIVILEGE, 2, deny, 0, NULL, 0, NULL, &restricted)) fail(L"create a restricted token", GetLastError());
  CloseHandle(self);
  TOKEN_MANDATORY_LABEL label = { { sid(L"S-1-16-4096"), SE_GROUP_INTEGRITY } };
  if (!SetTokenInformation(restricted, TokenIntegrityLevel, &label, sizeof label + GetLengthSid(label.Label.Sid))) fail(L"lower the token to Low integrity", GetLastError());
  DWORD rid = integrity_rid(restricted);
  if (rid != SECURITY_MANDATORY_LOW_RID) fail(L"lower the token to Low integrity: Windows kept another level", 0);
  return restricted;
}

/* --- what the box may write and must not see ------------------------------------------------------ */

static void set_label(const wchar_t *path, const wchar_t *sddl, const wchar_t *what) {
  PSECURITY_DESCRIPTOR descriptor;
  PACL sacl = NULL;
  BOOL present = FALSE, defaulted = FALSE;
  if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &descriptor, NULL) || !GetSecurityDescriptorSacl(descriptor, &present, &sacl, &defaulted)) fail(what, GetLastError());
  DWORD error = SetNamedSecurityInfoW((LPWSTR)path, SE_FILE_OBJECT, LABEL_SECURITY_INFORMATION, NULL, NULL, NULL, sacl);
  LocalFree(descriptor);
  if (error != ERROR_SUCCESS) fail(what, error);
}

static void set_access(const wchar_t *path, PSID who, ACCESS_MODE mode, DWORD rights, const wchar_t *what) {
  PACL old = NULL, acl = NULL;
  PSECURITY_DESCRIPTOR descriptor = NULL;
  DWORD error = GetNamedSecurityInfoW(path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, NULL, NULL, &old, NULL, &descriptor);
  EXPLICIT_ACCESSW access = {0};
  access.grfAccessPermissions = rights;
  access.grfAccessMode = mode;
  access.grfInheritance = SUB_CONTAINERS_AND_OBJECTS_INHERIT;
  access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
  access.Trustee.ptstrName = (LPWSTR)who;
  if (error == ERROR_SUCCESS) error = SetEntriesInAclW(1, &access, old, &acl);
  if (error == ERROR_SUCCESS) error = SetNamedSecurityInfoW((LPWSTR)path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, NULL, NULL, acl, NULL);
  if (descriptor) LocalFree(descriptor);
  if (acl) LocalFree(acl);
  if (error != ERROR_SUCCESS) fail(what, error);
}

/*
 * A process of another account started from a service needs its window station and desktop to start at
 * all (user32 fails to initialise, 0xC0000142, without them): grant the account use of this process's own.
 * The job's UI limits keep it from the handles of processes outside the job.
 */
static void grant_window_object(HANDLE current, int desktop, PSID who, DWORD rights) {
  wchar_t name[256];
  DWORD size;
  if (!GetUserObjectInformationW(current, UOI_NAME, name, sizeof name, &size)) fail(L"read the window station's name", GetLastError());
  HANDLE object = desktop ? (HANDLE)OpenDesktopW(name, 0, FALSE, READ_CONTROL | WRITE_DAC) : (HANDLE)OpenWindowStationW(name, FALSE, READ_CONTROL | WRITE_DAC);
  if (!object) fail(L"open the window station to let the dedicated account use it", GetLastError());
  PACL old = NULL, acl = NULL;
  PSECURITY_DESCRIPTOR descriptor = NULL;
  DWORD error = GetSecurityInfo(object, SE_WINDOW_OBJECT, DACL_SECURITY_INFORMATION, NULL, NULL, &old, NULL, &descriptor);
  EXPLICIT_ACCESSW access = {0};
  access.grfAccessPermissions = rights;
  access.grfAccessMode = GRANT_ACCESS;
  access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
  access.Trustee.ptstrName = (LPWSTR)who;
  if (error == ERROR_SUCCESS) error = SetEntriesInAclW(1, &access, old, &acl);
  if (error == ERROR_SUCCESS) error = SetSecurityInfo(object, SE_WINDOW_OBJECT, DACL_SECURITY_INFORMATION, NULL, NULL, acl, NULL);
  if (descriptor) LocalFree(descriptor);
  if (acl) LocalFree(acl);
  if (desktop) CloseDesktop((HDESK)object);
  else CloseWindowStation((HWINSTA)object);
  if (error != ERROR_SUCCESS) fail(L"let the dedicated account use the window station and desktop", error);
}

static void prepare_paths(const Options *o, HANDLE token, int account) {
  BYTE user[256];
  DWORD size;
  PSID who = NULL;
  if (account) {
    if (!GetTokenInformation(token, TokenUser, user, sizeof user, &size)) fail(L"read the dedicated account's SID", GetLastError());
    who = ((TOKEN_USER *)user)->User.Sid;
    grant_window_object(GetProcessWindowStation(), 0, who, WINSTA_ACCESSGLOBALATOMS | WINSTA_ENUMDESKTOPS | WINSTA_READATTRIBUTES | READ_CONTROL);
    grant_window_object(GetThreadDesktop(GetCurrentThreadId()), 1, who, DESKTOP_READOBJECTS | DESKTOP_WRITEOBJECTS | DESKTOP_CREATEWINDOW | READ_CONTROL);
  }
  for (int k = 0; k < o->writes; k++) {
    if (account) set_access(o->write[k], who, GRANT_ACCESS, FILE_GENERIC_READ | FILE_GENERIC_WRITE | FILE_GENERIC_EXECUTE | DELETE, L"let the dedicated account write its work copy");
    else set_label(o->write[k], L"S:(ML;OICI;NW;;;LW)", L"label the work copy Low integrity");
  }
  /* Low integrity reads what its user can read; only the account needs the borrowed objects granted. */
  for (int k = 0; account && k < o->reads; k++) set_access(o->read[k], who, GRANT_ACCESS, FILE_GENERIC_READ | FILE_GENERIC_EXECUTE, L"let the dedicated account read the objects its work copy borrows");
  for (int k = 0; k < o->hides; k++) {
    if (account) set_access(o->hide[k], who, DENY_ACCESS, GENERIC_ALL, L"hide a path from the dedicated account");
    else set_label(o->hide[k], L"S:(ML;OICI;NWNRNX;;;ME)", L"hide a path from Low integrity");
  }
}

/* --- the job ------------------------------------------------------------------------------------ */

static HANDLE create_job(const Options *o) {
  HANDLE job = CreateJobObjectW(NULL, NULL); /* not inheritable: nothing in the box gets a handle to it */
  if (!job) fail(L"create a job object", GetLastError());
  JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {0};
  /* No BREAKAWAY_OK flags: nothing started in the box can leave the job. */
  limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
  if (o->max_processes) {
    limits.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_ACTIVE_PROCESS;
    limits.BasicLimitInformation.ActiveProcessLimit = o->max_processes;
  }
  if (o->memory_mb) {
    limits.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_JOB_MEMORY;
    limits.JobMemoryLimit = (SIZE_T)o->memory_mb * 1024 * 1024;
  }
  if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) fail(L"set the job's kill-on-close limits", GetLastError());
  JOBOBJECT_BASIC_UI_RESTRICTIONS ui = { JOB_OBJECT_UILIMIT_DESKTOP | JOB_OBJECT_UILIMIT_DISPLAYSETTINGS | JOB_OBJECT_UILIMIT_EXITWINDOWS | JOB_OBJECT_UILIMIT_GLOBALATOMS | JOB_OBJECT_UILIMIT_HANDLES | JOB_OBJECT_UILIMIT_READCLIPBOARD | JOB_OBJECT_UILIMIT_SYSTEMPARAMETERS | JOB_OBJECT_UILIMIT_WRITECLIPBOARD };
  if (!SetInformationJobObject(job, JobObjectBasicUIRestrictions, &ui, sizeof ui)) fail(L"set the job's UI limits", GetLastError());
  return job;
}

/* --- starting the command ------------------------------------------------------------------------ */

/* The program as CreateProcess must find it: a bare name is looked up on the box's PATH only (never in the work copy first). */
static const wchar_t *resolve_program(const wchar_t *program, wchar_t *found) {
  if (wcschr(program, L'\\') || wcschr(program, L'/') || wcschr(program, L':')) return program;
  wchar_t path[32767];
  DWORD length = GetEnvironmentVariableW(L"PATH", path, 32767);
  if (length == 0 || length >= 32767) fail(L"find the program: the box's PATH is empty", 0);
  if (!SearchPathW(path, program, L".exe", MAX_PATH, found, NULL)) {
    wchar_t what[600];
    wsprintfW(what, L"find %.400s on the box's PATH", program);
    fail(what, GetLastError());
  }
  return found;
}

static PROCESS_INFORMATION start(HANDLE token, int account, const wchar_t *program, const wchar_t *command_line, const wchar_t *cwd) {
  HANDLE handles[3];
  int count = 0;
  DWORD kinds[3] = { STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE };
  STARTUPINFOEXW info = {0};
  info.StartupInfo.cb = sizeof info;
  info.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
  HANDLE *targets[3] = { &info.StartupInfo.hStdInput, &info.StartupInfo.hStdOutput, &info.StartupInfo.hStdError };
  for (int k = 0; k < 3; k++) {
    HANDLE h = GetStdHandle(kinds[k]);
    *targets[k] = h;
    if (h == NULL || h == INVALID_HANDLE_VALUE) continue;
    SetHandleInformation(h, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    int seen = 0;
    for (int j = 0; j < count; j++) seen |= handles[j] == h;
    if (!seen) handles[count++] = h;
  }
  /* Only the standard handles are inherited, whatever else this process holds. */
  SIZE_T size = 0;
  InitializeProcThreadAttributeList(NULL, 1, 0, &size);
  info.lpAttributeList = (LPPROC_THREAD_ATTRIBUTE_LIST)HeapAlloc(GetProcessHeap(), 0, size);
  if (!info.lpAttributeList || !InitializeProcThreadAttributeList(info.lpAttributeList, 1, 0, &size)) fail(L"prepare the inherited handle list", GetLastError());
  if (count > 0 && !UpdateProcThreadAttribute(info.lpAttributeList, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, handles, count * sizeof(HANDLE), NULL, NULL)) fail(L"limit the inherited handles", GetLastError());

  wchar_t *environment = GetEnvironmentStringsW();
  wchar_t found[MAX_PATH];
  const wchar_t *application = resolve_program(program, found);
  SIZE_T line_chars = (SIZE_T)lstrlenW(command_line) + 1;
  wchar_t *line = (wchar_t *)HeapAlloc(GetProcessHeap(), 0, line_chars * sizeof(wchar_t));
  if (!line) fail(L"copy the command line", ERROR_NOT_ENOUGH_MEMORY);
  lstrcpyW(line, command_line);
  DWORD flags = CREATE_SUSPENDED | CREATE_UNICODE_ENVIRONMENT | EXTENDED_STARTUPINFO_PRESENT | CREATE_NO_WINDOW;
  PROCESS_INFORMATION process = {0};
  BOOL ok = token ? CreateProcessAsUserW(token, application, line, NULL, NULL, count > 0, flags, environment, cwd, &info.StartupInfo, &process)
                  : CreateProcessW(application, line, NULL, NULL, count > 0, flags, environment, cwd, &info.StartupInfo, &process);
  DWORD error = ok ? 0 : GetLastError();
  if (!ok && account && error == ERROR_PRIVILEGE_NOT_HELD) {
    /* Without SeAssignPrimaryTokenPrivilege, the secondary logon service starts it (needs SeImpersonatePrivilege);
       it takes a plain STARTUPINFO (the standard handles still go through STARTF_USESTDHANDLES). */
    info.StartupInfo.cb = sizeof info.StartupInfo;
    ok = CreateProcessWithTokenW(token, 0, application, line, CREATE_SUSPENDED | CREATE_UNICODE_ENVIRONMENT, environment, cwd, &info.StartupInfo, &process);
    error = ok ? 0 : GetLastError();
  }
  if (!ok) {
    wchar_t what[600];
    wsprintfW(what, L"start %.400s in the box", application);
    fail(what, error);
  }
  return process;
}

/* Ends every process left in the job and waits (briefly) until the job is empty. */
static void empty_job(HANDLE job) {
  TerminateJobObject(job, 1);
  for (int k = 0; k < 500; k++) {
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION accounting;
    if (!QueryInformationJobObject(job, JobObjectBasicAccountingInformation, &accounting, sizeof accounting, NULL) || accounting.ActiveProcesses == 0) return;
    Sleep(10);
  }
}

static int run_boxed(const Options *o, const wchar_t *program, const wchar_t *command_line, const wchar_t *cwd) {
  int account = !lstrcmpW(o->mode, L"account");
  HANDLE token = account ? account_token(o->account_file) : !lstrcmpW(o->mode, L"restricted") ? restricted_token() : NULL;
  if (token) prepare_paths(o, token, account);
  HANDLE job = create_job(o);
  PROCESS_INFORMATION process = start(token, account, program, command_line, cwd);
  if (!AssignProcessToJobObject(job, process.hProcess)) {
    DWORD error = GetLastError();
    TerminateProcess(process.hProcess, EXIT_BOX_FAILED);
    fail(L"put the command in the job object", error);
  }
  if (ResumeThread(process.hThread) == (DWORD)-1) {
    DWORD error = GetLastError();
    TerminateJobObject(job, EXIT_BOX_FAILED);
    fail(L"resume the command", error);
  }
  CloseHandle(process.hThread);
  WaitForSingleObject(process.hProcess, INFINITE);
  DWORD code = 0;
  GetExitCodeProcess(process.hProcess, &code);
  empty_job(job);
  return (int)code;
}

int main(void) {
  int argc = 0;
  wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
  if (!argv) fail(L"read the command line", GetLastError());
  Options o = parse(argc, argv);
  if (o.version) {
    write_utf8(GetStdHandle(STD_OUTPUT_HANDLE), L"shopfloor-box " BOX_VERSION L"\n");
    return 0;
  }
  if (o.seal_file) return seal_account(o.seal_file);
  if (o.protect) {
    /* For files the runner's account can read that the restricted token must not: keys, the runner's credentials. */
    set_label(o.protect, L"S:(ML;OICI;NWNRNX;;;ME)", L"label the path so Low integrity cannot read it (run as its owner)");
    write_utf8(GetStdHandle(STD_OUTPUT_HANDLE), L"protected\n");
    return 0;
  }
  if (o.probe) {
    /* The whole box, once, around this launcher's own --version: proves the token and job can be made here. */
    wchar_t self[MAX_PATH], line[MAX_PATH + 32], cwd[MAX_PATH];
    if (!GetModuleFileNameW(NULL, self, MAX_PATH) || !GetCurrentDirectoryW(MAX_PATH, cwd)) fail(L"find this launcher", GetLastError());
    wsprintfW(line, L"\"%s\" --version", self);
    int code = run_boxed(&o, self, line, cwd);
    if (code != 0) fail(L"run a command in the box: the probe exited non-zero", 0);
    return 0;
  }
  ExitProcess((UINT)run_boxed(&o, o.program, o.command_line, o.cwd));
}
