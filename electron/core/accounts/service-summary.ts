/**
 * The line "Add account" shows under a service: what an account of it keeps in step, said from its capabilities (the
 * same data the menus ask), so the form and the menus can never disagree. What it cannot do is the `cannot` line.
 */
import type { AccountCapabilities } from './backend';

export function capabilitySummary(capabilities: AccountCapabilities): string {
  const parts = [
    capabilities.starred ? 'Read and starred articles stay in step both ways' : 'Read articles stay in step both ways',
  ];
  if (capabilities.subscriptions && capabilities.folders)
    parts.push('feeds and folders you add, rename, move or remove here change on the server too');
  if (capabilities.itemLabels) parts.push('bookmark tags travel as the server’s labels');
  return `${parts.join('; ')}.`;
}
