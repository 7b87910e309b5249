// Saves text as a file from the browser (browser-only: uses the DOM).
export function downloadText(fileName: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task, once the click has handed the blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
