/** Sign-ins and sign-outs: the audit log hides them unless asked, so they do not drown the changes. */
export const ACCESS_ACTIONS = ['auth.login', 'auth.logout', 'auth.login_failed'] as const;

export const isAccessAction = (action: string) => (ACCESS_ACTIONS as readonly string[]).includes(action);
