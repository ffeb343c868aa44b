// Unpacks the e2e browser once before the e2e files run and says which browser ran (issue 8 §4).
// A machine with no usable browser fails here, loudly: no end-to-end test is ever skipped silently.
import { launchChromium, resolveChromium } from './chromium';

export default async function setup(): Promise<void> {
  const choice = await resolveChromium();
  const browser = await launchChromium();
  const version = browser.version();
  await browser.close();
  process.stdout.write(`e2e browser: Chromium ${version} from ${choice.source}\n`);
}
