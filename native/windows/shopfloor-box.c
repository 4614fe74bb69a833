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
 * runs: the box fails closed. This file reads the arguments and runs the steps; box-account.c,
 * box-identity.c and box-job.c hold them. `npm run build:native` builds it reproducibly.
 */
#include "shopfloor-box.h"

void write_utf8(HANDLE out, const wchar_t *text) {
  char buffer[4096];
  int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, buffer, sizeof buffer, NULL, NULL);
  DWORD written;
  if (size > 1) WriteFile(out, buffer, (DWORD)(size - 1), &written, NULL);
}

/* One line on stderr saying what could not be done and the Windows error, then exit: nothing ran. */
void fail(const wchar_t *what, DWORD error) {
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
  wsprintfW(line, L"understand its arguments (%s); run it as: shopfloor-box --mode restricted|account|job [--account-file F] [--write DIR]... [--read PATH]... [--hide PATH]... --cwd DIR -- PROGRAM COMMAND-LINE", problem);
  fail(line, 0);
}

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
