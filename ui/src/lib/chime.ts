// A short, soft chime made on the spot (no sound files to ship): one note at the
// warning point, two at zero.
export function playChime(notes: 1 | 2): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  for (let i = 0; i < notes; i += 1) {
    const start = context.currentTime + i * 0.45;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = i === 0 ? 880 : 660;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.4);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.42);
  }
  setTimeout(() => context.close(), notes * 500 + 200);
}
