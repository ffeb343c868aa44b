import { localized } from '../../../common/i18n';

/** Texts of Settings' data directory card. */
export const dataDirText = {
  title: localized('数据与备份', 'Data and backup'),
  body: localized(
    '草稿、账号、图片和卡券创建记录都保存在这台电脑的数据目录里。备份会把整个目录复制到它旁边一个带日期的文件夹（创建记录数据库按一致的快照复制），可以随时在应用运行时进行。',
    'Drafts, accounts, images and the card history are kept in this computer’s data directory. A backup copies the whole directory to a dated folder beside it (the history database as a consistent snapshot), and can run while the app is in use.',
  ),
  path: localized('位置', 'Location'),
  open: localized('打开文件夹', 'Open folder'),
  backup: localized('备份数据目录', 'Back up the data directory'),
  backingUp: localized('正在备份…', 'Backing up…'),
  backedUp: (path: string, files: number, megabytes: string) =>
    localized(`已备份 ${files} 个文件（${megabytes} MB）到 ${path}`, `Backed up ${files} ${files === 1 ? 'file' : 'files'} (${megabytes} MB) to ${path}`),
  secretsNote: localized(
    '账号密钥在备份里仍是加密的，只能在这台电脑上由同一系统用户解开；换电脑后需要重新填写 AppSecret。',
    'Account secrets stay encrypted in the backup and only this computer’s user can unlock them; on another computer, enter the AppSecret again.',
  ),
  unavailable: localized('未连接到应用主进程，无法读取数据目录。', 'Not connected to the app’s main process: the data directory cannot be read.'),
};
