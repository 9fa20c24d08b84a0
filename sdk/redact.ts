// Remembers every secret the client has handled (passwords, session ids, Basic
// credentials) and masks them in any text before it is logged or thrown.

export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined | null): void {
    if (!secret || secret.length < 3) return;
    this.secrets.add(secret);
    // The same secret inside a Basic header, or URL-encoded in a query or body.
    this.secrets.add(encodeURIComponent(secret));
    this.secrets.add(JSON.stringify(secret).slice(1, -1));
  }

  addBasic(username: string, password: string): string {
    const token = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
    this.add(password);
    this.add(token);
    return `Basic ${token}`;
  }

  scrub(text: string): string {
    let out = text;
    for (const s of this.secrets) {
      if (out.includes(s)) out = out.split(s).join("***");
    }
    return out;
  }
}
