/* The dedicated account: its password sealed with DPAPI for the runner's own account, and its logon. */
#include "shopfloor-box.h"

static const wchar_t seal_entropy[] = L"shopfloor-box account v1";

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

int seal_account(const wchar_t *file) {
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
HANDLE account_token(const wchar_t *file) {
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
