import type { FormMessageKey, MessageParams } from '@honoraria/core';
import { formatFileSize } from '@honoraria/core';
import { html, nothing } from 'lit';
import type { ControlProblem, FormState } from '../../internal/form-control';
import { HonFormControl } from '../../internal/form-control';
import { styles } from './file-drop.styles';

interface Rejection {
  readonly flag: keyof ValidityStateFlags;
  readonly key: FormMessageKey;
  readonly params: MessageParams;
}

/** Whether a file matches an `accept` list (`.pdf`, `image/*`, `application/pdf`). */
function accepts(accept: string, file: File): boolean {
  const tokens = accept.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((t) => (t.startsWith('.') ? name.endsWith(t) : t.endsWith('/*') ? type.startsWith(t.slice(0, -1)) : type === t));
}

/**
 * @summary Files to attach (receipts, documents), dropped on the zone or chosen with its button.
 *
 * Files stay `File` objects (Blobs), never base64: `value` is a `File[]` and the form submits each
 * file under the element's name, as a native file input does. Files of another type than
 * `accept` or larger than `max-size` are refused with a message saying which and why. The zone's
 * button opens the file picker from the keyboard; each chosen file has a remove button.
 *
 * @slot label - The label, when it needs markup (otherwise use the `label` attribute).
 * @slot hint - The hint, when it needs markup (otherwise use the `hint` attribute).
 * @event hon-input - When files are added or removed.
 * @event hon-change - When files are added or removed.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart limits - The accepted types and maximum size.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @csspart dropzone - The zone files are dropped on.
 * @csspart button - The button opening the file picker.
 * @csspart files - The list of chosen files.
 * @csspart file - One chosen file.
 * @csspart remove - The button removing one file.
 * @cssprop --hon-color-button - Colour of the buttons.
 * @cssprop --hon-color-drop-background - Background of the zone while a file is dragged over it.
 * @cssprop --hon-color-focus - Focus ring colour.
 */
export class HonFileDrop extends HonFormControl {
  static override styles = styles;

  static override properties = {
    ...HonFormControl.properties,
    accept: { type: String },
    maxSize: { type: Number, attribute: 'max-size' },
    multiple: { type: Boolean },
    maxFiles: { type: Number, attribute: 'max-files' },
    files: { state: true },
    rejected: { state: true },
    dragging: { state: true },
  };

  /** Accepted types: extensions and MIME types, comma-separated (`.pdf,image/*`). */
  declare accept: string;
  /** The largest file accepted, in bytes. */
  declare maxSize: number | undefined;
  /** Whether several files may be chosen. */
  declare multiple: boolean;
  /** The most files accepted when `multiple`. */
  declare maxFiles: number | undefined;
  private declare files: readonly File[];
  private declare rejected: readonly Rejection[];
  private declare dragging: boolean;

  constructor() {
    super();
    this.accept = '';
    this.multiple = false;
    this.files = [];
    this.rejected = [];
    this.dragging = false;
  }

  /** The chosen files. */
  get value(): File[] {
    return [...this.files];
  }
  set value(files: readonly File[]) {
    this.files = [...files];
    this.rejected = [];
  }

  /** Adds files as if dropped: refused ones are reported, accepted ones kept. */
  addFiles(list: Iterable<File>): void {
    const lang = this.resolvedLang;
    const rejected: Rejection[] = [];
    let files = this.multiple ? [...this.files] : [];
    for (const file of list) {
      if (!accepts(this.accept, file)) {
        rejected.push({ flag: 'typeMismatch', key: 'file_wrong_type', params: { name: file.name } });
      } else if (this.maxSize !== undefined && file.size > this.maxSize) {
        rejected.push({ flag: 'rangeOverflow', key: 'file_too_large', params: { name: file.name, max: formatFileSize(this.maxSize, lang) } });
      } else if (!this.multiple) {
        files = [file];
      } else if (this.maxFiles !== undefined && files.length >= this.maxFiles) {
        rejected.push({ flag: 'rangeOverflow', key: 'file_too_many', params: { maximum: this.maxFiles } });
      } else {
        files.push(file);
      }
    }
    this.files = files;
    this.rejected = rejected;
    this.emitInput();
    this.emitChange();
  }

  /** Removes one chosen file. */
  removeFile(index: number): void {
    this.files = this.files.filter((_, i) => i !== index);
    this.rejected = [];
    this.emitInput();
    this.emitChange();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#pick')?.focus());
  }

  protected formValue(): FormState {
    if (this.files.length === 0 || this.name === '') return null;
    const data = new FormData();
    for (const file of this.files) data.append(this.name, file);
    return data;
  }

  protected validate(): ControlProblem | undefined {
    const first = this.rejected[0];
    if (first !== undefined) return first;
    if (this.required && this.files.length === 0) return { flag: 'valueMissing', key: 'required_file' };
    return undefined;
  }

  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('#pick');
  }

  protected resetValue(): void {
    this.files = [];
    this.rejected = [];
  }

  protected restoreValue(state: FormState): void {
    if (state instanceof FormData) this.files = state.getAll(this.name).filter((f): f is File => f instanceof File);
    else if (state instanceof File) this.files = [state];
  }

  private pick(): void {
    this.renderRoot.querySelector<HTMLElement>('#pick')?.focus();
    this.renderRoot.querySelector<HTMLInputElement>('#files')?.click();
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(input.files ?? []);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    if (this.isDisabled) return;
    event.preventDefault();
    this.dragging = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    if (!this.isDisabled) this.addFiles(event.dataTransfer?.files ?? []);
  }

  private limits(): string {
    if (this.accept === '' && this.maxSize === undefined) return '';
    const types = this.accept === '' ? '—' : this.accept.split(',').map((t) => t.trim().replace(/^\./, '').toUpperCase()).join(', ');
    const max = this.maxSize === undefined ? '—' : formatFileSize(this.maxSize, this.resolvedLang);
    return this.msg('file_limits', { types, max });
  }

  override render() {
    const lang = this.resolvedLang;
    const limits = this.limits();
    const describedBy = [this.hasHint() ? 'hint' : '', limits === '' ? '' : 'limits', this.errorShown() ? 'error' : ''].filter((s) => s !== '').join(' ');
    return html`${this.renderLabel('pick')}${this.renderHint()}
      <div part="limits" class="hint" id="limits" ?hidden=${limits === ''}>${limits}</div>
      ${this.renderError()}
      <div class="field">
        <div
          part="dropzone"
          class="dropzone ${this.dragging ? 'dragging' : ''}"
          @dragover=${this.onDragOver}
          @dragleave=${() => (this.dragging = false)}
          @drop=${this.onDrop}
        >
          <span aria-hidden="true">${this.msg('file_drop')}</span>
          <button
            part="button"
            id="pick"
            type="button"
            aria-labelledby="label pick"
            aria-describedby=${describedBy || nothing}
            ?disabled=${this.isDisabled}
            @click=${this.pick}
          >${this.msg('file_choose')}</button>
          <input id="files" type="file" hidden tabindex="-1" ?disabled=${this.isDisabled} accept=${this.accept || nothing} ?multiple=${this.multiple} @change=${this.onPicked} />
          <ul part="files" class="files" ?hidden=${this.files.length === 0}>
            ${this.files.map(
              (file, i) => html`<li part="file" class="file">
                <span>${file.name} (${formatFileSize(file.size, lang)})</span>
                <button part="remove" type="button" ?disabled=${this.isDisabled} @click=${() => this.removeFile(i)}>
                  ${this.msg('file_remove', { name: file.name })}
                </button>
              </li>`,
            )}
          </ul>
        </div>
      </div>`;
  }
}
