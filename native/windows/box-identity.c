/* Who the command runs as (the restricted token), and what it may write, read and must not see. */
#include "shopfloor-box.h"

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

HANDLE restricted_token(void) {
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

void set_label(const wchar_t *path, const wchar_t *sddl, const wchar_t *what) {
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

void prepare_paths(const Options *o, HANDLE token, int account) {
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
