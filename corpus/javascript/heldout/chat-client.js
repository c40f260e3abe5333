// Browser chat client: renders messages safely with DOM APIs.
const socket = new WebSocket(`wss://${window.location.host}/chat`);
const log = document.getElementById('chat-log');
const form = document.getElementById('chat-form');
const input = document.getElementById('chat-input');

function timeLabel(ts) {
  return new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function appendMessage(msg) {
  const row = document.createElement('div');
  row.className = msg.self ? 'msg self' : 'msg';
  const who = document.createElement('span');
  who.className = 'author';
  // ok: injection.xss
  who.textContent = msg.author;
  const text = document.createElement('p');
  // ok: injection.xss
  text.innerText = msg.text;
  const time = document.createElement('time');
  time.textContent = timeLabel(msg.ts);
  row.append(who, text, time);
  log.appendChild(row);
  log.scrollTop = log.scrollHeight;
}

function showSystemNotice(kind) {
  const notices = { joined: '<em>You joined the room</em>', left: '<em>Connection closed</em>' };
  // ok: injection.xss
  log.insertAdjacentHTML('beforeend', '<div class="system">' + notices.joined + '</div>');
  if (kind === 'left') log.lastElementChild.replaceChildren(document.createTextNode('Connection closed'));
}

socket.addEventListener('open', () => showSystemNotice('joined'));
socket.addEventListener('close', () => showSystemNotice('left'));
socket.addEventListener('message', (event) => {
  // ok: sandbox.deserialization
  const msg = JSON.parse(event.data);
  appendMessage(msg);
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  socket.send(JSON.stringify({ text }));
  input.value = '';
});
