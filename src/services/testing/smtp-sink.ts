/**
 * A local SMTP sink for tests: a tiny node:net server on a loopback port that speaks just
 * enough SMTP (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no auth) to accept
 * messages and keep them. E-mail is never tested against a real server.
 */
import { createServer, type Server, type Socket } from 'node:net';

export interface SunkMessage {
  from: string;
  to: string[];
  /** The raw message (headers and body) as sent, dot-unstuffed. */
  data: string;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port> */
  url: string;
  messages: SunkMessage[];
  close(): Promise<void>;
}

function session(socket: Socket, messages: SunkMessage[]): void {
  let buffer = '';
  let reading = false;
  let current: SunkMessage = { from: '', to: [], data: '' };
  const reply = (line: string): void => void socket.write(`${line}\r\n`);
  reply('220 sink.local ESMTP test sink');
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (;;) {
      if (reading) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        current.data = buffer.slice(0, end).replace(/^\.\./gm, '.');
        buffer = buffer.slice(end + 5);
        messages.push(current);
        current = { from: '', to: [], data: '' };
        reading = false;
        reply('250 2.0.0 queued');
        continue;
      }
      const newline = buffer.indexOf('\r\n');
      if (newline < 0) return;
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') reply('250-sink.local\r\n250 8BITMIME');
      else if (verb === 'HELO') reply('250 sink.local');
      else if (verb === 'MAIL') { current.from = line.slice(10).trim(); reply('250 2.1.0 ok'); }
      else if (verb === 'RCPT') { current.to.push(line.slice(8).trim()); reply('250 2.1.5 ok'); }
      else if (verb === 'DATA') { reading = true; reply('354 end with .'); }
      else if (verb === 'QUIT') { reply('221 bye'); socket.end(); return; }
      else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
      else reply('502 not implemented');
    }
  });
  socket.on('error', () => socket.destroy());
}

/** Starts a sink on a free loopback port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    session(socket, messages);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A loopback port nothing listens on (for "the SMTP server is down"). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
