/* The job object, and starting the command suspended inside it. */
#include "shopfloor-box.h"

HANDLE create_job(const Options *o) {
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

PROCESS_INFORMATION start(HANDLE token, int account, const wchar_t *program, const wchar_t *command_line, const wchar_t *cwd) {
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
void empty_job(HANDLE job) {
  TerminateJobObject(job, 1);
  for (int k = 0; k < 500; k++) {
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION accounting;
    if (!QueryInformationJobObject(job, JobObjectBasicAccountingInformation, &accounting, sizeof accounting, NULL) || accounting.ActiveProcesses == 0) return;
    Sleep(10);
  }
}
