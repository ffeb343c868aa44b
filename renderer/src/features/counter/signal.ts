/**
 * The counter's sound: a short tone made by Web Audio in the renderer (no files; CSP-safe), high
 * for a redemption, two low ones for a refusal, so the cashier hears the result without looking.
 */
let context: AudioContext | undefined;

export function beep(ok: boolean): void {
  const Ctor = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    const tones = ok ? [[880, 0, 0.15]] : [[220, 0, 0.18], [220, 0.25, 0.18]];
    for (const [freq = 440, start = 0, length = 0.15] of tones) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = ok ? 'sine' : 'square';
      osc.frequency.value = freq;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(context.destination);
      const at = context.currentTime + start;
      osc.start(at);
      osc.stop(at + length);
    }
  } catch {
    // No audio device: the big result and the flash still show.
  }
}
