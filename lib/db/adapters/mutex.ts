// A FIFO async mutex: whoever asked first runs first, so a waiting transaction is never starved.
export class Mutex {
  #locked = false;
  #waiting: (() => void)[] = [];

  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.#locked = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          const next = this.#waiting.shift();
          if (next) next();
          else this.#locked = false;
        });
      };
      if (this.#locked) this.#waiting.push(grant);
      else grant();
    });
  }
}
