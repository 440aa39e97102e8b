// The register's cards (RegisterList, decision 0029), run by Vaadin's executeJs with `this` the
// list, $0 the labels every card shares, $1 the first people (one object each) and $2 how many
// people the register has. It builds one card with the DOM's own functions (text is only ever set
// as text), clones it per person and fills each clone; list.registerShow(people) fills the named
// cards again when their marks change.
const list = this;
const labels = $0;
const total = $2;
const people = new Map(); // by id, in the register's order
const add = (some) => some.forEach((person) => people.set(String(person.id), person));
add($1);

function make(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

const statuses = ['PRESENT', 'LATE', 'APOLOGIES', 'ABSENT'];
const blank = make('div', { class: 'register-row' },
  make('div', { class: 'register-who' },
    make('a', { class: 'register-name' }),
    make('span', { class: 'register-institution' }),
    make('span', { class: 'badge' }, labels.walkIn)),
  make('fieldset', { class: 'register-status' },
    make('legend', { class: 'sr-only' }),
    ...statuses.map((status) => make('label', { class: 'register-choice' },
      make('input', { type: 'radio', value: status }), labels[status]))),
  make('input', { class: 'register-remark', type: 'text', placeholder: labels.remarkPlaceholder,
    maxlength: String(labels.remarkMax) }),
  make('span', { class: 'register-state', 'aria-live': 'polite' }));

function card(person) {
  const row = blank.cloneNode(true);
  const [who, choices, remark, state] = row.children;
  row.parts = { name: who.children[0], institution: who.children[1], walkIn: who.children[2], choices,
    legend: choices.children[0], radios: choices.querySelectorAll('input'), remark, state };
  row.id = `register-row-${person.id}`;
  row.dataset.person = person.id;
  row.parts.name.setAttribute('href', `people/${person.id}/attendance`);
  choices.id = `register-status-${person.id}`;
  row.parts.radios.forEach((radio) => { radio.name = `register-status-${person.id}`; });
  remark.id = `register-remark-${person.id}`;
  state.id = `register-state-${person.id}`;
  fill(row, person);
  return row;
}

// A keyboard choice still waiting to be sent (below) is left as the person made it: its answer
// fills the card. But an answer showing another trainer's mark newer than the card showed when
// the choice was begun drops the waiting choice: it was made without seeing their mark, and the
// card shows the mark that stands, with the focus on it. A remark is rewritten only when the
// server's remark changes and the person is not typing another one into it, so an answer arriving
// while someone types leaves their text alone.
function fill(row, person) {
  const parts = row.parts;
  const dropped = parts.choices.pendingMark !== undefined && person.conflict
    && person.version > parts.choices.pendingShown;
  if (dropped) {
    clearTimeout(parts.choices.pendingMark);
    parts.choices.pendingMark = undefined;
  }
  row.dataset.status = person.status || 'none';
  row.dataset.version = person.version;
  parts.name.textContent = person.name;
  parts.institution.textContent = person.institution;
  parts.institution.hidden = !person.institution;
  parts.walkIn.hidden = !person.walkIn;
  parts.legend.textContent = person.statusLabel;
  parts.choices.disabled = person.readOnly;
  if (!parts.choices.pendingMark) {
    parts.radios.forEach((radio) => { radio.checked = radio.value === person.status; });
  }
  if (dropped && parts.choices.contains(document.activeElement)) {
    [...parts.radios].find((radio) => radio.checked)?.focus();
  }
  parts.remark.setAttribute('aria-label', person.remarkLabel);
  parts.remark.readOnly = person.readOnly;
  if (parts.remark.saved !== person.remark) {
    const typing = document.activeElement === parts.remark && parts.remark.value !== parts.remark.saved;
    if (!typing) parts.remark.value = person.remark;
    parts.remark.saved = person.remark;
  }
  parts.state.textContent = person.state;
  parts.state.classList.toggle('register-conflict', person.conflict);
}

// The first cards come with the page and are drawn at once, enough to fill a screen, so that
// nothing below the list moves when the rest come. The rest travel in an answer of their own (so
// the page's answer, which Vaadin keeps until the next, stays small) and are drawn a few at a frame
// once Vaadin's router has put the view in its place: the router takes the whole view out of the
// page and back in when a navigation ends, and the browser then styles and lays out every element
// of it again, as it does more than once while the app's layout settles. Drawn after that, the
// cards are styled and laid out once and a phone never spends one long task on them
// (docs/performance.md, decision 0029). The list says it is busy until the last card is drawn.
const drawing = {};
list.registerDrawing = drawing;
const current = () => list.registerDrawing === drawing && list.isConnected;
function draw(ids) {
  list.append(...ids.map((id) => card(people.get(id))));
}
function drawTheRest(ids) {
  if (!current()) return;
  draw(ids.splice(0, 10));
  if (ids.length) {
    requestAnimationFrame(() => drawTheRest(ids));
  } else {
    list.removeAttribute('aria-busy');
  }
}
list.replaceChildren();
draw([...people.keys()]);
if (total > people.size) {
  list.setAttribute('aria-busy', 'true');
  // Vaadin's client (Flow.js, without React) says a navigation is under way as it tells its test
  // tools, and its router says when one has ended. Where neither is there (the development build
  // runs Vaadin's React bundle), or the end never comes, the rest are drawn as soon as they arrive
  // or after two seconds. list.dataset.restDrawn says which it was (perf/pages checks it).
  const navigating = window.Vaadin?.Flow?.clients?.TypeScript?.isActive?.() === true;
  const settled = new Promise((resolve) => {
    if (!navigating) {
      resolve('at-once');
      return;
    }
    window.addEventListener('vaadin-router-location-changed', () => resolve('after-navigation'), { once: true });
    setTimeout(() => resolve('after-waiting'), 2000);
  });
  const ask = (retries) => list.$server.rest().catch((failure) => {
    if (retries > 0 && current()) return ask(retries - 1);
    throw failure;
  });
  Promise.all([ask(1), settled]).then(([rest, how]) => {
    if (!current()) return;
    add(rest);
    list.dataset.restDrawn = how;
    requestAnimationFrame(() => drawTheRest(rest.map((person) => String(person.id))));
  }, () => {
    if (!current()) return;
    list.removeAttribute('aria-busy');
    list.append(make('p', { class: 'register-not-all', role: 'alert' }, labels.notAll));
  });
}
list.registerShow = (changed) => {
  for (const person of changed) {
    people.set(String(person.id), person);
    const row = list.querySelector(`#register-row-${person.id}`);
    if (row) fill(row, person);
  }
};

// Listened to once per list element: a redraw (a resynchronised page) keeps these.
if (!list.registerListening) {
  list.registerListening = true;
  // A tap saves at once. The arrow keys walk through the choices, so a choice made from the keyboard
  // is saved once the keys rest (0.7 s), the focus leaves the card or another key is pressed. A
  // remark typed before the choice goes with it.
  list.addEventListener('change', (event) => {
    const input = event.target;
    const row = input.closest('.register-row');
    if (!row) return;
    const person = row.dataset.person;
    // The mark the card showed when the choice or the remark was begun: one begun before another
    // trainer's newer mark was shown is not saved (RegisterList.mark). A walk through the choices
    // with the arrow keys begins at its first step.
    const shown = Number(row.dataset.version);
    if (input.type === 'radio') {
      const choices = row.parts.choices;
      if (choices.pendingMark === undefined) choices.pendingShown = shown;
      const begun = choices.pendingShown;
      clearTimeout(choices.pendingMark);
      choices.sendMark = () => {
        clearTimeout(choices.pendingMark);
        choices.pendingMark = undefined;
        list.$server.mark(person, input.value, row.parts.remark.value, begun);
      };
      if (input.matches(':focus-visible')) {
        choices.pendingMark = setTimeout(choices.sendMark, 700);
      } else {
        choices.sendMark();
      }
    } else if (input === row.parts.remark) {
      const begun = input.begunAt ?? shown;
      input.begunAt = undefined;
      list.$server.remark(person, input.value, begun);
    }
  });
  // A remark is begun at its first keystroke.
  list.addEventListener('input', (event) => {
    const input = event.target;
    if (input.classList.contains('register-remark') && input.begunAt === undefined) {
      input.begunAt = Number(input.closest('.register-row').dataset.version);
    }
  });
  list.addEventListener('focusout', (event) => {
    const choices = event.target.closest('.register-status');
    if (choices?.pendingMark && !choices.contains(event.relatedTarget)) choices.sendMark();
  });
  list.addEventListener('keydown', (event) => {
    const choices = event.target.closest('.register-status');
    if (choices?.pendingMark && !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' '].includes(event.key)) {
      choices.sendMark();
    }
  });
}
// A keyboard choice still waiting when the page is hidden (the tab left, the phone locked, the
// tab closing) is sent at once. Best effort for a tab being closed: the browser may cancel the
// request with the page. Listened to once per page.
if (!window.registerSendsOnHide) {
  window.registerSendsOnHide = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    document.querySelectorAll('.register-list .register-status').forEach((choices) => {
      if (choices.pendingMark) choices.sendMark();
    });
  });
}
