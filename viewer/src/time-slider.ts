/**
 * The time slider: an `<input type="range">` over the days from the first to the last
 * evidence date of the graph, a histogram of evidence per day drawn above it, a play
 * button that walks the days, and a "fade after N days" choice. Moving it shows the
 * graph as of that day (filters.ts); at its last day every relationship shows.
 */
import type { EvidenceDay } from './api.ts';
import { SETTINGS } from './settings.ts';

const DAY_MS = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(date) / DAY_MS);
const toDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface TimeSliderElements {
  range: HTMLInputElement;
  histogram: HTMLCanvasElement;
  play: HTMLButtonElement;
  label: HTMLElement;
  fade: HTMLInputElement;
}

export interface TimeSlider {
  /** Sets the span and histogram from evidence per day. */
  setDays(days: EvidenceDay[]): void;
  /** Shows `asOf` (null: the last day) and `fadeDays` without telling the listener. */
  show(asOf: string | null, fadeDays: number | null): void;
  /** Stops playing. */
  stop(): void;
}

/**
 * Wires the slider. `onMove` gets the chosen date (null at the last day: everything) while
 * it moves; `onSettle` when the user let go or playing stopped (a history entry).
 */
export function createTimeSlider(
  elements: TimeSliderElements,
  onMove: (asOf: string | null, fadeDays: number | null) => void,
  onSettle: () => void,
): TimeSlider {
  const { range, histogram, play, label, fade } = elements;
  let days: EvidenceDay[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;

  const fadeDays = (): number | null => (Number(fade.value) > 0 ? Math.round(Number(fade.value)) : null);
  // At the last day everything shows; with fading on, that day is still the date fading counts back from.
  const chosen = (): string | null => (Number(range.value) >= Number(range.max) && !fadeDays() ? null : toDate(Number(range.value)));
  const showLabel = () => {
    const asOf = chosen();
    label.textContent = asOf ? `As of ${asOf}` : days.length ? `All dates (to ${toDate(Number(range.max))})` : 'No dated evidence';
  };

  function draw(): void {
    const context = histogram.getContext('2d');
    if (!context) return;
    const width = (histogram.width = histogram.clientWidth * (window.devicePixelRatio || 1));
    const height = (histogram.height = histogram.clientHeight * (window.devicePixelRatio || 1));
    context.clearRect(0, 0, width, height);
    if (!days.length) return;
    const min = Number(range.min);
    const span = Math.max(1, Number(range.max) - min + 1);
    const most = Math.max(...days.map((day) => day.evidence));
    const current = Number(range.value);
    const barWidth = Math.max(1, width / span - 1);
    for (const day of days) {
      const index = toDay(day.date) - min;
      const barHeight = Math.max(2, (day.evidence / most) * height);
      context.fillStyle = index + min <= current ? SETTINGS.histogramColor : SETTINGS.histogramFutureColor;
      context.fillRect((index / span) * width, height - barHeight, barWidth, barHeight);
    }
  }

  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const moved = () => {
    showLabel();
    draw();
    onMove(chosen(), fadeDays());
  };

  range.addEventListener('input', moved);
  range.addEventListener('change', onSettle);
  fade.addEventListener('change', () => {
    onMove(chosen(), fadeDays());
    onSettle();
  });
  play.addEventListener('click', () => {
    if (timer !== undefined) {
      stop();
      return onSettle();
    }
    if (Number(range.value) >= Number(range.max)) range.value = range.min;
    moved();
    play.textContent = '⏸ Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      range.value = String(Number(range.value) + 1);
      moved();
      if (Number(range.value) >= Number(range.max)) {
        stop();
        onSettle();
      }
    }, SETTINGS.playStepMs);
  });
  window.addEventListener('resize', draw);

  return {
    setDays(next) {
      days = next;
      const first = next[0]?.date;
      const last = next.at(-1)?.date;
      range.min = String(first ? toDay(first) : 0);
      range.max = String(last ? toDay(last) : 0);
      range.disabled = play.disabled = !first;
      range.value = range.max;
      showLabel();
      draw();
    },
    show(asOf, fadeDaysShown) {
      range.value = asOf ? String(Math.min(Number(range.max), Math.max(Number(range.min), toDay(asOf)))) : range.max;
      fade.value = fadeDaysShown ? String(fadeDaysShown) : '';
      showLabel();
      draw();
    },
    stop,
  };
}
