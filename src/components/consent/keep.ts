import type { ReactiveController } from 'lit';
import { newId } from '../../core/ids.js';
import type { ConsentAnswers, ConsentStep } from './consent-helpers.js';
import { copyText, CopyFile } from './copy.js';
import { newSecret, recordOf, textHash, type ConsentSecret } from './record.js';
import { copyOf, type StepHost } from './steps.js';
import type { ConsentDefinition, ConsentRecord } from './types.js';

/** With `save-draft`: the answers kept on the device, with the reference and key so a retry or a return visit keeps them. */
export interface FlowDraft {
  /** The text's hash: a draft counts only for exactly the same text. */
  hash: string;
  step: ConsentStep;
  answers: ConsentAnswers;
  id?: string;
  secret?: ConsentSecret;
}

/** What the keeper needs from `<cp-consent-flow>`. */
type KeeperHost = StepHost & { record?: ConsentRecord; staffMode: boolean };

/**
 * The flow's record and copy to keep, with their side effects in one place (record.ts builds the
 * record itself, purely): the hash of the text shown, the record's id, reference and key (made
 * once, kept through retries and drafts), and the download of the copy, made once when the flow
 * completes and let go when the flow leaves the page or a new copy replaces it.
 */
export class RecordKeeper implements ReactiveController {
  /** `sha256:<hex>` of the canonical JSON of the definition shown. Empty until it has been worked out. */
  textHash = '';
  hashing?: Promise<string>;
  id?: string;
  /** The person's reference and secret key. */
  secret?: ConsentSecret;
  /** The download's URL, once the copy is made. */
  href?: string;
  /** The record being made for a confirmation shown without sending. */
  making?: Promise<void>;
  private shown?: ConsentDefinition;
  private readonly file = new CopyFile();

  constructor(private readonly host: KeeperHost) {
    host.addController(this);
  }

  /** Works out the hash of a newly shown definition; `then` runs once it is known, if it is still shown. */
  hash(def: ConsentDefinition, then: (hash: string) => void): void {
    if (def === this.shown) return;
    this.shown = def;
    this.hashing = textHash(def).then((hash) => {
      if (this.shown === def) {
        this.textHash = hash;
        then(hash);
      }
      return hash;
    });
  }

  /** The record for these answers, with the same id, reference and key on every try. */
  async make(def: ConsentDefinition, answers: ConsentAnswers): Promise<ConsentRecord> {
    const secret = (this.secret ??= newSecret(def.id));
    const id = (this.id ??= newId());
    const { env, staffMode } = this.host;
    return recordOf(def, answers, { id, secret, textHash: await this.hashing!, locale: env.lang, staffMode });
  }

  /** The flow is complete: the record, and the file of the copy to keep, made once here (never in render). */
  keep(def: ConsentDefinition, record: ConsentRecord): void {
    this.host.record = record;
    this.href = this.file.make(copyText(this.host, def, copyOf(this.host, def, record, this.secret!)));
  }

  /** The confirmation shown without sending (a story, or `step` set by the page) still needs its record. */
  makeShown(def: ConsentDefinition): void {
    if (this.host.record || !this.hashing || this.making) return;
    this.making = this.make(def, this.host.answers).then((record) => {
      if (!this.host.record) this.keep(def, record);
      this.making = undefined;
    });
  }

  /** "Start again": a new record, with a new reference and key. */
  forget(): void {
    this.id = this.secret = undefined;
  }

  hostConnected(): void {
    // Back on the page (moved): the file let go on disconnect is made again.
    const { record } = this.host;
    if (record && this.shown && this.secret && !this.href) this.keep(this.shown, record);
  }

  hostDisconnected(): void {
    this.file.release();
    this.href = undefined;
  }
}
