/**
 * A 64-bit FNV-1a hash built from two 32-bit lanes (Math.imul keeps it exact in any JS
 * engine). Numbers are hashed by their IEEE-754 bits, so any difference in the state,
 * however small, changes the hash.
 */
export class Hasher {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  private byte(b: number): void {
    // FNV-1a 64: xor the byte into the low lane, multiply by 0x100000001b3.
    this.lo ^= b & 0xff;
    const lo = this.lo >>> 0;
    const hi = this.hi >>> 0;
    const pLo = 0x1b3;
    const loLo = (lo & 0xffff) * pLo;
    const loHi = (lo >>> 16) * pLo + (loLo >>> 16);
    const newLo = ((loHi & 0xffff) << 16) | (loLo & 0xffff);
    const carry = loHi >>> 16;
    const newHi = (Math.imul(hi, pLo) + (lo << 8) + carry) | 0;
    this.lo = newLo >>> 0;
    this.hi = newHi >>> 0;
  }

  u32v(v: number): this {
    this.byte(v);
    this.byte(v >>> 8);
    this.byte(v >>> 16);
    this.byte(v >>> 24);
    return this;
  }

  num(v: number): this {
    this.f64[0] = v === 0 ? 0 : v; // -0 and 0 hash alike
    this.u32v(this.u32[0]);
    this.u32v(this.u32[1]);
    return this;
  }

  bool(v: boolean): this {
    this.byte(v ? 1 : 0);
    return this;
  }

  str(s: string): this {
    for (let i = 0; i < s.length; i++) this.u32v(s.charCodeAt(i));
    return this;
  }

  /** 16 lower-case hex digits. */
  hex(): string {
    return (this.hi >>> 0).toString(16).padStart(8, "0") + (this.lo >>> 0).toString(16).padStart(8, "0");
  }
}
