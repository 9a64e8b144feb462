import { describe, expect, it } from 'vitest';
import { buildZip } from '../../../test/support/build-zip.js';
import { detectEvidenceContent } from './evidence-content.js';
import { OLE_SIGNATURE } from './ole-directory.js';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/** A minimal OLE compound file (512-byte sectors): sector 0 the FAT, sector 1 the directory. */
function buildOle(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  OLE_SIGNATURE.copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streamNames].forEach((name, index) => {
    const at = index * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = index === 0 ? 5 : 2;
  });
  return Buffer.concat([header, fat, directory]);
}

const kindOf = (content: Buffer) => {
  const verdict = detectEvidenceContent(content);
  return verdict.ok ? verdict.kind : `refused: ${verdict.reason}`;
};

describe('evidence content is judged by its bytes, not its name', () => {
  it('recognises PDF and the four image formats by their magic bytes', () => {
    expect(kindOf(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(kindOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(kindOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('jpeg');
    expect(kindOf(Buffer.from('GIF87a\x01\x00', 'latin1'))).toBe('gif');
    expect(kindOf(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))).toBe('webp');
  });

  it('tells Word, Excel and PowerPoint packages apart and refuses other zips and macro-enabled documents', () => {
    const types = { name: '[Content_Types].xml', data: '<Types/>' };
    expect(kindOf(buildZip([types, { name: 'word/document.xml', data: '<w:document/>' }]))).toBe('docx');
    expect(kindOf(buildZip([types, { name: 'xl/workbook.xml', data: '<workbook/>' }]))).toBe('xlsx');
    expect(kindOf(buildZip([types, { name: 'ppt/presentation.xml', data: '<p/>' }]))).toBe('pptx');
    expect(kindOf(buildZip([{ name: 'payload.exe', data: 'MZ' }]))).toMatch(/^refused/);
    expect(kindOf(buildZip([types, { name: 'word/document.xml', data: '<w/>' }, { name: 'word/vbaProject.bin', data: 'x' }]))).toMatch(/macros/);
  });

  it('accepts legacy Word and Excel files by their OLE streams, and refuses other compound files (installers) and macros', () => {
    expect(kindOf(buildOle(['WordDocument', '1Table']))).toBe('doc');
    expect(kindOf(buildOle(['Workbook']))).toBe('xls');
    expect(kindOf(buildOle(['\u4840\u463f\u4177']))).toMatch(/^refused/);
    expect(kindOf(buildOle(['WordDocument', 'Macros']))).toMatch(/macros/);
    expect(kindOf(Buffer.concat([OLE_SIGNATURE, Buffer.alloc(100)]))).toMatch(/^refused/);
  });

  it('refuses programs and scripts whatever they are called', () => {
    expect(kindOf(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toMatch(/ELF/);
    expect(kindOf(Buffer.from('MZ\x90\x00', 'latin1'))).toMatch(/MZ/);
    expect(kindOf(Buffer.from([0xcf, 0xfa, 0xed, 0xfe]))).toMatch(/Mach-O/);
    expect(kindOf(Buffer.from('#!/usr/bin/env python\n'))).toMatch(/script/);
    expect(kindOf(Buffer.from('<svg onload="alert(1)"/>'))).toMatch(/script|web page/);
    expect(kindOf(Buffer.from('<?php system($_GET["c"]); ?>'))).toMatch(/web page/);
  });

  it('accepts plain UTF-8 text, and refuses binary that is neither text nor a known format', () => {
    expect(kindOf(Buffer.from('\ufeff项目,完成率\n海上风电,45%\r\n'))).toBe('text');
    expect(kindOf(Buffer.from([0xc3, 0x28, 0x41]))).toMatch(/binary/);
    expect(kindOf(Buffer.from('text\u0000with nul'))).toMatch(/binary/);
    expect(kindOf(Buffer.alloc(0))).toMatch(/empty/);
  });
});
