/**
 * Answers kept by key, the least recently asked dropped first once `size` are kept: search
 * answers for the queries people ask again, bounded so a stream of new queries cannot grow it.
 * A Map keeps insertion order, so moving a key to the end on each use makes its first key the
 * least recently used.
 */
export class RecentAnswers {
  readonly #answers = new Map<string, string>();
  constructor(readonly size: number) {}

  get(key: string): string | undefined {
    const answer = this.#answers.get(key);
    if (answer !== undefined) {
      this.#answers.delete(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }

  set(key: string, answer: string): void {
    this.#answers.delete(key);
    if (this.#answers.size >= this.size) {
      const oldest = this.#answers.keys().next().value;
      if (oldest !== undefined) this.#answers.delete(oldest);
    }
    this.#answers.set(key, answer);
  }

  get count(): number {
    return this.#answers.size;
  }
}
