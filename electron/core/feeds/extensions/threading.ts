/** Atom threading (RFC 4685): what an entry replies to. */
import { safeLink } from '../urls';
import { defineElements } from '../formats/dispatch';

defineElements({
  'thr:in-reply-to': (el, target) => {
    const reply: Record<string, string> = {};
    for (const a of el.attrs) {
      if (a.name.startsWith('xmlns')) continue;
      reply[a.local] = a.local === 'href' || a.local === 'source' ? safeLink(a.value, el.base) : a.value.trim();
    }
    if (target.scope === 'entry') target.data.inReplyTo = reply;
    else target.data.extras['thr_in-reply-to'] = JSON.stringify(reply);
  },
});
