import { parseArgs } from 'node:util';
import type { CollectorConfig } from '../config.js';
import { openStorage } from '../storage/index.js';
import { addStaff, StaffProblem } from './accounts.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';
import { ROLES } from './roles.js';

export const addStaffHelp = `coproduce-collector add-staff --email you@example.org --role admin

Adds a staff account for the back office (/admin/). Roles:
  admin    everything, and manages staff, erases data and reads the audit log
  editor   publishes "you said, we did" and credits, links feedback, records withdrawals
  viewer   reads only
It asks for the password twice (at least ${MIN_PASSWORD_LENGTH} characters). When nothing is typing
(a script), it reads the password from the first line of standard input instead.
It uses the same database settings as the collector (COLLECTOR_DATA_DIR or DATABASE_URL). With the
embedded database, stop the collector first: only one program can open that folder at a time.
`;

/** One line of standard input, when it is not a terminal (a script pipes the password in). */
async function readLine(input: NodeJS.ReadStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without showing what is typed. */
function askHidden(question: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    let answer = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chars: string) => {
      for (const ch of chars) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new Error('Stopped: no staff member was added.'));
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else if (ch >= ' ') answer += ch;
      }
    };
    input.on('data', onData);
  });
}

/** `coproduce-collector add-staff`: answers the exit code. */
export async function addStaffCommand(
  args: string[],
  config: CollectorConfig,
  io: { input: NodeJS.ReadStream; output: NodeJS.WriteStream; error: NodeJS.WriteStream } = {
    input: process.stdin,
    output: process.stdout,
    error: process.stderr,
  },
): Promise<number> {
  const fail = (message: string, code = 2) => {
    io.error.write(`coproduce-collector add-staff: ${message}\n`);
    return code;
  };
  let values: { email?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { email: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\n\n${addStaffHelp}`);
  }
  if (values.help) {
    io.output.write(addStaffHelp);
    return 0;
  }
  if (!values.email) return fail(`give the email: --email you@example.org\n\n${addStaffHelp}`);
  if (!values.role || !(ROLES as readonly string[]).includes(values.role))
    return fail(`give the role: --role admin, editor or viewer\n\n${addStaffHelp}`);

  let password: string;
  if (io.input.isTTY) {
    try {
      password = await askHidden('Password for the new staff member: ', io.input, io.output);
      const again = await askHidden('The same password again: ', io.input, io.output);
      if (again !== password) return fail('the two passwords are not the same. Nothing was added.', 1);
    } catch (e) {
      return fail((e as Error).message, 1);
    }
  } else {
    password = await readLine(io.input);
  }

  const storage = await openStorage(config).catch((e: Error) => e);
  if (storage instanceof Error) return fail(`could not open the database: ${storage.message}`, 1);
  try {
    const member = await addStaff(storage, { email: values.email, role: values.role, password });
    const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
    io.output.write(
      `Added ${member.email} as ${member.role}. Sign in at http://${host}:${config.port}/admin/ while the collector is running.\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof StaffProblem) return fail(`${e.message} Nothing was added.`, 1);
    return fail(`could not add the staff member: ${(e as Error).message}`, 1);
  } finally {
    await storage.close();
  }
}
