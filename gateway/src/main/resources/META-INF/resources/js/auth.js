// Login through Keycloak: authorization code flow with PKCE, done by Keycloak's own JavaScript adapter.

/** Logs the person in (redirecting to Keycloak when needed); resolves to the session's token source. */
export async function login() {
  const response = await fetch('/api/web-config', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The gateway did not say where to log in (HTTP ${response.status})`);
  const config = await response.json();
  if (typeof window.Keycloak !== 'function') throw new Error('The Keycloak adapter did not load');

  const keycloak = new window.Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query', // keeps the page's own #/route apart from the login response
    checkLoginIframe: false,
  });

  return {
    username: keycloak.tokenParsed?.preferred_username ?? keycloak.subject,
    /** A token valid for at least 30 more seconds; sends the person to log in again when the session is over. */
    async token() {
      try {
        await keycloak.updateToken(30);
      } catch {
        await keycloak.login();
        throw new Error('Your session has ended; logging in again');
      }
      return keycloak.token;
    },
    logout: () => keycloak.logout({ redirectUri: `${location.origin}/` }),
  };
}
