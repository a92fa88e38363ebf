/** Loads every element vocabulary into the dispatcher; format readers import this once. */
import './text-elements';
import './link-elements';
import './people-elements';
import './date-elements';
import './feed-elements';
import '../extensions/media-rss';
import '../extensions/itunes';
import '../extensions/threading';
import { defineElements } from './dispatch';

// Containers the format readers walk themselves.
defineElements({ item: () => {}, entry: () => {}, channel: () => {} });
