/**
 * Hands a file made in the browser to the person as a download: the calendar, the diary's CSV and
 * FHIR files, the backup. Nothing leaves the device but through the person's own hands.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; let the browser start it first.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
