// A small zip writer with no dependencies, for `npm run release` (scripts/release.mjs): each file
// deflated with node:zlib (or stored, when deflating does not make it smaller), with a CRC-32 from
// a table, local headers, the central directory and the end record. No zip64: the release is a
// few megabytes and a few dozen files, and the writer refuses anything larger.
import { deflateRawSync } from 'node:zlib';

/** The CRC-32 table (polynomial 0xEDB88320), built once. */
const TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of `bytes`, as zip files store it. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A date as MS-DOS time and date (local time, 2-second steps, 1980 at the earliest). */
function dosTime(date) {
  const d = date.getFullYear() < 1980 ? new Date(1980, 0, 1) : date;
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const LIMIT = 0xffffffff;

/**
 * A zip file of `files`: `[{ name: 'folder/file.txt', data: Buffer | string, date?: Date }]`.
 * Names use `/` and are stored as UTF-8. Returns the whole file as a Buffer.
 */
export function zip(files, now = new Date()) {
  if (files.length > 0xffff) throw new Error(`zip: ${files.length} files is more than this writer supports (65,535)`);
  const locals = [];
  const central = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name.replaceAll('\\', '/'), 'utf8');
    const data = Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    if (data.length >= LIMIT || offset + body.length >= LIMIT)
      throw new Error(`zip: ${file.name} goes past 4 GB, which needs zip64`);
    const { time, date } = dosTime(file.date ?? now);
    const crc = crc32(data);

    // Shared by the local header (from "version needed") and the central one (from its "version needed").
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed to extract: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // flags: the name is UTF-8
    common.writeUInt16LE(stored ? 0 : 8, 4); // method: stored or deflated
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(date, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24); // extra field length

    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, name, body]);
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0 (so the mode below is read)
    const tail = Buffer.alloc(14);
    tail.writeUInt16LE(0, 0); // comment length
    tail.writeUInt16LE(0, 2); // disk number
    tail.writeUInt16LE(0, 4); // internal attributes
    tail.writeUInt32LE((0o100644 << 16) >>> 0, 6); // external attributes: a regular file, rw-r--r--
    tail.writeUInt32LE(offset, 10); // where the local header starts
    central.push(Buffer.concat([head, common, tail, name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // the disk the directory starts on
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, directory, end]);
}
