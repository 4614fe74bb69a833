/* Shared by the parts of shopfloor-box (see shopfloor-box.c for what it does). */
#ifndef SHOPFLOOR_BOX_H
#define SHOPFLOOR_BOX_H
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

typedef struct {
  const wchar_t *mode, *account_file, *cwd, *program, *command_line, *seal_file, *protect;
  const wchar_t *write[MAX_PATHS], *read[MAX_PATHS], *hide[MAX_PATHS];
  int writes, reads, hides, probe, version;
  DWORD max_processes, memory_mb;
} Options;

/* shopfloor-box.c */
void write_utf8(HANDLE out, const wchar_t *text);
void fail(const wchar_t *what, DWORD error) __attribute__((noreturn));

/* box-account.c: the dedicated account's password, sealed with DPAPI */
int seal_account(const wchar_t *file);
HANDLE account_token(const wchar_t *file);

/* box-identity.c: the restricted token, and what the box may write, read and must not see */
HANDLE restricted_token(void);
void set_label(const wchar_t *path, const wchar_t *sddl, const wchar_t *what);
void prepare_paths(const Options *o, HANDLE token, int account);

/* box-job.c: the job object and the suspended start */
HANDLE create_job(const Options *o);
PROCESS_INFORMATION start(HANDLE token, int account, const wchar_t *program, const wchar_t *command_line, const wchar_t *cwd);
void empty_job(HANDLE job);

#endif
