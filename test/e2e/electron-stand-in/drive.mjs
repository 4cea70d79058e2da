// Loads the built main bundle against the stand-in and answers a few IPC calls as JSON lines.
const main = process.argv[2];
await import(main);
const standIn = globalThis.__standIn;
for (let i = 0; i < 200 && !standIn.handlers.has('api:app.info'); i++) await new Promise((r) => setTimeout(r, 50));
const window = standIn.windows[0];
const results = {
  channels: [...standIn.handlers.keys()].sort(),
  webPreferences: window?.options.webPreferences,
  loaded: window?.webContents.loaded,
  info: await standIn.invoke('api:app.info', {}),
  signIn: await standIn.invoke('api:session.signIn', { login: 'frontdesk', password: 'demo1234' }),
  queue: await standIn.invoke('api:queue.search', { limit: 5 }),
  foreign: await standIn.invoke('api:app.info', {}, 'https://evil.example/'),
  printers: await standIn.invoke('host:printers'),
};
console.log(JSON.stringify(results));
process.exit(0);
