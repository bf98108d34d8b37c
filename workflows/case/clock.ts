/**
 * The case's alarm clock: one durable timer for the next instant a rule needs the case awake (a
 * warning, a due date, a stage limit, a lapsing correction). Re-armed only when that instant moves,
 * so a staff action that leaves the deadlines alone writes no timer events.
 */
import { CancellationScope, condition, sleep } from '@temporalio/workflow';

export class Alarm {
  private at: number | undefined;
  private scope: CancellationScope | undefined;
  /** True once the timer for the current instant has fired. */
  rang = false;

  /** Sets the alarm for `at` (epoch ms, workflow time), or clears it when undefined. */
  set(at: number | undefined): void {
    if (at === this.at && !this.rang) return;
    if (!this.rang) this.scope?.cancel();
    this.scope = undefined;
    this.at = at;
    this.rang = false;
    if (at === undefined) return;
    const scope = new CancellationScope();
    this.scope = scope;
    scope.run(() => sleep(Math.max(1, at - Date.now()))).then(
      () => {
        if (this.scope === scope) this.rang = true;
      },
      () => undefined, // cancelled: the instant moved
    );
  }

  /** Waits until `woken()` or the alarm rings. */
  async wait(woken: () => boolean): Promise<void> {
    await condition(() => woken() || this.rang);
  }
}

/**
 * The clock of cases started before the hot-path change (no `case-hot-path` marker in their
 * history): a fresh timer on every pass, exactly as they recorded it, so they replay.
 */
export async function legacyWait(woken: () => boolean, wake: number | undefined): Promise<void> {
  if (wake === undefined) await condition(woken);
  else await condition(woken, Math.max(1, wake - Date.now()));
}
