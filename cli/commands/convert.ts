import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { localized } from '../../common/i18n';
import { convertToUtf8 } from '../../common/text/encoding';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { readInputBytes } from '../input';
import { failure } from '../io';

/** `convert FILE`: a UTF-8 copy of a GBK ("ANSI") or UTF-16 JSON file, beside it; the original is kept. */
export const convertCommand: Command = {
  name: 'convert',
  options: { output: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('把 GBK（ANSI）或 UTF-16 编码的 JSON 文件转成 UTF-8 副本', 'write a UTF-8 copy of a GBK ("ANSI") or UTF-16 JSON file'),
  help: helpText(
    'convert FILE [--output OUT]',
    localized(
      '卡券数据须为 UTF-8。FILE 若是 GBK（Windows 的“ANSI”，代码页 936）或 UTF-16（记事本的“Unicode”），把它转换成 UTF-8，写到 OUT（默认与 FILE 同目录的 “名称.utf8.json”）；FILE 本身不变，已存在的 OUT 不会被覆盖。转换后请检查中文是否正确，再用 validate 检查。',
      'Coupon data must be UTF-8. If FILE is GBK (Windows "ANSI", code page 936) or UTF-16 (Notepad\'s "Unicode"), writes it converted to UTF-8 to OUT (default: "name.utf8.json" beside FILE); FILE itself is not changed and an existing OUT is never overwritten. Check that the Chinese text reads right, then run validate.',
    ),
    [['--output OUT', '转换结果写到哪里', 'where to write the converted copy']],
  ),
  async run(ctx, args) {
    const { io, host } = ctx;
    const file = args.positionals[0] as string;
    if (file === '-') return io.fail('convert', failure(EXIT.usage, 'usage', localized('convert 需要一个文件，不能读标准输入', 'convert needs a file, not stdin')));
    const read = await readInputBytes(host, file);
    if (!read.ok) return io.fail('convert', read.error);
    const source = read.value.source;
    const converted = convertToUtf8(read.value.bytes);
    if (converted?.from === 'utf8') {
      io.out(io.t(localized(`${source} 已经是 UTF-8，无需转换。`, `${source} is already UTF-8: nothing to convert.`)));
      io.document({ ok: true, command: 'convert', exitCode: EXIT.ok, file: source, converted: false });
      return EXIT.ok;
    }
    if (converted === undefined) {
      return io.fail('convert', failure(EXIT.usage, 'input_encoding', localized(`${source} 不是 GBK 或 UTF-16，无法判断它的编码：请在编辑器里用 UTF-8 重新保存`, `${source} is neither GBK nor UTF-16, so its encoding is unknown: save it again as UTF-8 in your editor`)));
    }
    const { text } = converted;
    const output = resolve(host.cwd, stringOption(args.values, 'output') ?? join(dirname(source), `${basename(source, extname(source))}.utf8${extname(source) || '.json'}`));
    try {
      // 'wx': never overwrite.
      await writeFile(output, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const why = code === 'EEXIST' ? localized('文件已存在，不会覆盖；请用 --output 指定另一个文件名', 'it exists and is never overwritten; choose another name with --output') : localized(String(code ?? error), String(code ?? error));
      return io.fail('convert', failure(EXIT.usage, 'output_unwritable', localized(`无法写入 ${output}：${why['zh-CN']}`, `Cannot write ${output}: ${why.en}`), { path: output }));
    }
    const from = { gbk: 'GBK', utf16le: 'UTF-16 LE', utf16be: 'UTF-16 BE' }[converted.from];
    io.out(io.t(localized(`已把 ${source}（${from}）转换为 UTF-8：${output}。请检查中文是否正确，再运行 coupon-studio validate ${output}。`, `Converted ${source} (${from}) to UTF-8: ${output}. Check that the Chinese text reads right, then run coupon-studio validate ${output}.`)));
    io.document({ ok: true, command: 'convert', exitCode: EXIT.ok, file: source, converted: true, from, output });
    return EXIT.ok;
  },
};
