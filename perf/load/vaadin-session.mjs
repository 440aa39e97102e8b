// One person in a browser, speaking Vaadin Flow's own protocol to Pathways as the prebuilt client
// does: the login form's POST, the UI's bootstrap, then UIDL requests carrying the CSRF token
// (Vaadin-Security-Key), the server's syncId and the client's message id. Nothing is disabled on
// the server for it. The steps were read off the production jar (docs/performance.md).

/** Thrown when the server no longer knows the session: the person must sign in again. */
export class SignedOut extends Error {}

export class VaadinSession {
  constructor(base, email, password, address) {
    this.base = base;
    this.email = email;
    this.password = password;
    this.address = address; // X-Forwarded-For: each simulated person has their own address
    this.cookies = new Map();
    this.groups = new Map(); // personId -> { value, conflict, state }: the register's cards
    this.promises = 0;
  }

  /** The node that holds this session, from the route at the end of its id (JSESSIONID=….node1). */
  get node() {
    const id = this.cookies.get('JSESSIONID') ?? '';
    const dot = id.lastIndexOf('.');
    return dot < 0 ? 'single' : id.slice(dot + 1);
  }

  async request(method, path, { body, contentType, headers = {} } = {}) {
    const response = await fetch(this.base + path, {
      method,
      body,
      redirect: 'manual',
      headers: {
        'X-Forwarded-For': this.address,
        Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(contentType ? { 'Content-Type': contentType } : {}),
        ...headers,
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }

  /** The login form, as a browser on the login page posts it (with its Origin). */
  async signIn() {
    this.cookies.clear();
    await (await this.request('GET', '/login')).arrayBuffer();
    const form = new URLSearchParams({ username: this.email, password: this.password });
    const response = await this.request('POST', '/login', {
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
      headers: { Origin: this.base },
    });
    await response.arrayBuffer();
    const location = response.headers.get('location') ?? '';
    if (response.status !== 302 || location.includes('/login')) {
      throw new Error(`sign-in of ${this.email} refused: ${response.status} ${location}`);
    }
  }

  /** Opens a route as the browser's first load does: the bootstrap, then the navigation event. */
  async open(route) {
    const init = await this.request('GET', `/?v-r=init&location=${encodeURIComponent(route)}&query=`, {
      headers: { Accept: 'application/json' },
    });
    if (init.status !== 200 || !(init.headers.get('content-type') ?? '').includes('json')) {
      await init.arrayBuffer();
      throw new SignedOut(`bootstrap answered ${init.status}`);
    }
    const config = (await init.json()).appConfig;
    this.uiId = config['v-uiId'];
    const uidl = config.uidl;
    this.csrfToken = uidl['Vaadin-Security-Key'];
    this.syncId = uidl.syncId;
    this.clientId = uidl.clientId;
    this.groups.clear();
    this.register = null;
    this.track(uidl); // a view drawn with the page (eager server load) comes in the bootstrap's UIDL
    const answer = await this.rpc([{
      type: 'event', node: 1, event: 'ui-navigate',
      data: { route, query: '', appShellTitle: '', historyState: { idx: 0 }, trigger: '' },
    }]);
    await this.loadRegister();
    return answer;
  }

  /** One UIDL round trip; returns the server's answer as text (already applied to what we track). */
  async rpc(invocations) {
    const response = await this.request('POST', `/?v-r=uidl&v-uiId=${this.uiId}`, {
      body: JSON.stringify({ csrfToken: this.csrfToken, rpc: invocations, syncId: this.syncId, clientId: this.clientId }),
      contentType: 'application/json; charset=UTF-8',
    });
    const text = await response.text();
    const json = text.startsWith('for(;;);') ? text.slice('for(;;);'.length) : text;
    if ([301, 302, 401, 403].includes(response.status) || (response.status === 200 && !/^[[{]/.test(json))) {
      // Spring Security sends a request of an unknown session to the login page.
      throw new SignedOut(`UIDL answered ${response.status}`);
    }
    if (response.status !== 200) throw new Error(`UIDL answered ${response.status}`);
    const parsed = JSON.parse(json);
    const message = Array.isArray(parsed) ? parsed[0] : parsed;
    if (message.meta?.sessionExpired) throw new SignedOut('session expired');
    if (message.meta?.appError) throw new Error(`application error: ${JSON.stringify(message.meta.appError)}`);
    if (message.syncId !== undefined) this.syncId = message.syncId;
    if (message.clientId !== undefined) this.clientId = message.clientId;
    this.track(message);
    return text;
  }

  /**
   * Keeps the register as the server describes it. Its cards are drawn in the browser from one JSON
   * object per person (RegisterList, decision 0029): the UIDL's `execute` part sends the first ones
   * with the script that draws them (the one that defines `registerListening`, with how many people
   * the register has), the rest as the answer to the list's `rest` call, and a changed card after a
   * mark (`registerShow`). The list's element (the argument Vaadin binds `this` to) takes the calls.
   */
  track(message) {
    for (const invocation of message.execute ?? []) {
      const script = invocation.at(-1);
      if (typeof script !== 'string') continue;
      const args = invocation.slice(0, -1);
      if (script.includes('registerListening')) {
        const list = args.find((arg) => arg?.['@v-node'] !== undefined);
        if (!list) throw new Error('the register was drawn without its list element');
        this.register = { node: list['@v-node'], total: args[2] };
        this.groups.clear();
      }
      for (const arg of args) {
        if (!Array.isArray(arg) || !arg.every((person) => person?.statusLabel !== undefined)) continue;
        for (const person of arg) {
          this.groups.set(person.id, {
            value: person.status || null, conflict: person.conflict, state: person.state ?? '', version: person.version,
          });
        }
      }
    }
  }

  /** Asks for the cards after the first ones, as the browser does once the page has settled. */
  async loadRegister() {
    if (!this.register || this.groups.size >= this.register.total) return;
    await this.rpc([{
      type: 'publishedEventHandler', node: this.register.node, templateEventMethodName: 'rest',
      templateEventMethodArgs: [], promise: this.promises++,
    }]);
  }

  /**
   * Marks a person as a trainer's tap on a choice does: the list's "mark" call with the person's id,
   * the status (PRESENT, LATE, APOLOGIES or ABSENT), the card's remark (none) and the version of the
   * mark the card shows. Returns true when
   * the server saved it, false when it refused (another person's newer mark, or "not saved" while
   * the database could not be reached: then `notSaved` is true).
   */
  async mark(personId, status) {
    await this.rpc([{
      type: 'publishedEventHandler', node: this.register.node, templateEventMethodName: 'mark',
      templateEventMethodArgs: [String(personId), status, '', this.groups.get(personId)?.version ?? -1],
      promise: this.promises++,
    }]);
    const after = this.groups.get(personId);
    this.notSaved = after.conflict && after.state.startsWith('Not saved');
    return after.value === status && !after.conflict;
  }
}
