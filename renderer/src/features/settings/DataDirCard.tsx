import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n';
import { dataDirText as text } from '../../i18n/data-dir-text';
import { useDataDirStore } from '../../stores/data-dir-store';

/**
 * 数据与备份: the data directory's path (copyable), "open folder" and a backup beside it. Main
 * opens and copies; the renderer only asks (app:openDataDir, app:backupDataDir take no path).
 */
export function DataDirCard() {
  const t = useT();
  const dir = useDataDirStore((s) => s.dir);
  const loadError = useDataDirStore((s) => s.loadError);
  const busy = useDataDirStore((s) => s.busy);
  const backup = useDataDirStore((s) => s.backup);
  const actionError = useDataDirStore((s) => s.actionError);
  const { load, openFolder, backUp } = useDataDirStore.getState();
  useEffect(() => void load(), [load]);
  return (
    <section className="card" aria-labelledby="settings-data" data-testid="settings-data">
      <h3 className="card__title" id="settings-data">
        {t(text.title)}
      </h3>
      <p className="card__desc">{t(text.body)}</p>
      {loadError && <Alert type="error" showIcon title={t(loadError)} />}
      {dir && (
        <>
          <dl className="about">
            <dt>{t(text.path)}</dt>
            <dd>
              <Typography.Text code copyable data-testid="data-dir-path">
                {dir.path}
              </Typography.Text>
            </dd>
          </dl>
          <Space wrap className="settings-data__actions">
            <Button icon={<FolderOpenOutlined />} loading={busy === 'open'} onClick={() => void openFolder()} data-testid="open-data-dir">
              {t(text.open)}
            </Button>
            <Button icon={<SaveOutlined />} loading={busy === 'backup'} onClick={() => void backUp()} data-testid="backup-data-dir">
              {t(busy === 'backup' ? text.backingUp : text.backup)}
            </Button>
          </Space>
          <p className="card__desc settings-data__note">{t(text.secretsNote)}</p>
        </>
      )}
      {backup && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t(text.backedUp(backup.path, backup.files, (backup.bytes / 1_048_576).toFixed(1)))}
          data-testid="backup-done"
        />
      )}
      {actionError && <Alert type="error" showIcon role="alert" title={t(actionError)} data-testid="data-dir-error" />}
    </section>
  );
}
