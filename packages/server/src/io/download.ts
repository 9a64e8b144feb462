/**
 * A generated file as the API sends it. Content-Disposition carries the Chinese name per RFC 6266 /
 * RFC 5987 (`filename*=UTF-8''…`), with a plain ASCII `filename` for clients that predate it.
 */
export interface DownloadFile {
  content: Buffer;
  /** The name people see, e.g. 落实省行动计划工作台账_市科技局_2023-07-10.xlsx. */
  fileName: string;
  /** ASCII only, e.g. ledger-master-2023-07-10.xlsx. */
  asciiFileName: string;
  contentType: string;
}

export function contentDisposition(file: Pick<DownloadFile, 'fileName' | 'asciiFileName'>): string {
  const ascii = file.asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(file.fileName)}`;
}

/** encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A file name without characters that Windows or a shell would choke on. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120);
}
