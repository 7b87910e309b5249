// The size limit's message, shared by the server (413) and the admin pages (checked before uploading).

/** "1 MB", "20 MB": decimal megabytes, as file managers show sizes. */
export function formatBytes(bytes: number): string {
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}

export function tooLargeMessage(subject: string, maxBytes: number): string {
  return `${subject} must be at most ${formatBytes(maxBytes)} (${maxBytes} bytes)`;
}
