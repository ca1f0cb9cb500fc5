import assert from "node:assert/strict";
import { test } from "node:test";

import { CrashPolicy, Debouncer, Serial, Timers } from "../src/restartPolicy";

test("crashes restart the server up to the limit, then it stays down", () => {
  let now = 0;
  const policy = new CrashPolicy(4, 180_000, () => now);
  const decisions = [];
  for (let i = 0; i < 6; i++) {
    decisions.push(policy.onCrash());
    now += 1000;
  }
  assert.deepEqual(decisions, [true, true, true, true, false, false]);
});

test("crashes far apart never add up to a loop", () => {
  let now = 0;
  const policy = new CrashPolicy(2, 60_000, () => now);
  for (let i = 0; i < 10; i++) {
    assert.equal(policy.onCrash(), true);
    now += 61_000;
  }
  assert.equal(policy.recentCrashes, 1);
});

test("a restart by the user counts afresh", () => {
  const policy = new CrashPolicy(1, 60_000, () => 0);
  assert.equal(policy.onCrash(), true);
  assert.equal(policy.onCrash(), false);
  policy.reset();
  assert.equal(policy.onCrash(), true);
});

class ManualTimers implements Timers {
  pending = new Map<number, () => void>();
  private next = 0;
  set(callback: () => void): unknown {
    this.pending.set(++this.next, callback);
    return this.next;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fire(): void {
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    callbacks.forEach((callback) => callback());
  }
}

test("a burst of triggers runs the last action once", () => {
  const timers = new ManualTimers();
  const debouncer = new Debouncer(1000, timers);
  const ran: string[] = [];
  debouncer.trigger(() => ran.push("a"));
  debouncer.trigger(() => ran.push("b"));
  debouncer.trigger(() => ran.push("c"));
  assert.equal(timers.pending.size, 1);
  assert.equal(debouncer.pending, true);
  timers.fire();
  assert.deepEqual(ran, ["c"]);
  assert.equal(debouncer.pending, false);
});

test("a cancelled debounce runs nothing", () => {
  const timers = new ManualTimers();
  const debouncer = new Debouncer(1000, timers);
  const ran: string[] = [];
  debouncer.trigger(() => ran.push("a"));
  debouncer.cancel();
  timers.fire();
  assert.deepEqual(ran, []);
});

test("the real timer waits for the delay", async () => {
  const debouncer = new Debouncer(30);
  const started = Date.now();
  const elapsed = await new Promise<number>((resolve) => debouncer.trigger(() => resolve(Date.now() - started)));
  assert.ok(elapsed >= 25, `ran after ${elapsed} ms`);
});

test("serial tasks never overlap; of those waiting only the newest runs", async () => {
  const serial = new Serial();
  const log: string[] = [];
  let active = 0;
  const task = (name: string) => async () => {
    active += 1;
    assert.equal(active, 1, "two tasks ran at once");
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    log.push(`end ${name}`);
    active -= 1;
  };
  const all = [serial.run(task("1")), serial.run(task("2")), serial.run(task("3"))];
  await Promise.all(all);
  assert.deepEqual(log, ["start 1", "end 1", "start 3", "end 3"]);
  await serial.run(task("4"));
  assert.deepEqual(log.slice(4), ["start 4", "end 4"]);
});

test("a failing task does not stop the queue", async () => {
  const serial = new Serial();
  const ran: string[] = [];
  const first = serial.run(async () => {
    throw new Error("boom");
  });
  const second = serial.run(async () => {
    ran.push("second");
  });
  await Promise.all([first, second]);
  assert.deepEqual(ran, ["second"]);
});
