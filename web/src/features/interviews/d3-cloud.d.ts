// Minimal types for d3-cloud 1.2.9 (the parts the word cloud uses).
declare module 'd3-cloud' {
  export interface CloudWord {
    text: string;
    size: number;
    x?: number;
    y?: number;
    rotate?: number;
  }
  export interface Cloud<T extends CloudWord> {
    size(s: [number, number]): Cloud<T>;
    words(w: T[]): Cloud<T>;
    padding(p: number): Cloud<T>;
    rotate(r: number | ((d: T) => number)): Cloud<T>;
    font(f: string): Cloud<T>;
    fontSize(f: (d: T) => number): Cloud<T>;
    random(r: () => number): Cloud<T>;
    spiral(s: 'archimedean' | 'rectangular'): Cloud<T>;
    on(event: 'end', cb: (words: T[]) => void): Cloud<T>;
    start(): Cloud<T>;
    stop(): Cloud<T>;
  }
  export default function cloud<T extends CloudWord>(): Cloud<T>;
}
