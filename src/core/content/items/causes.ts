/** Causes of back spasms, from the seed articles. */
import type { ContentItemInput } from '../schema.js';

export const causes: ContentItemInput[] = [
  {
    id: 'muscle-strain',
    kind: 'cause',
    title: 'Muscle strain',
    summary:
      'Overstretching or small tears in the back muscles, often from lifting, exercise or a sudden movement, are the most common trigger.',
    body: [
      {
        type: 'paragraph',
        text: 'When a back muscle is pulled too far or takes a load it is not ready for, some of its fibres can overstretch or tear. The muscle then tightens on its own to guard the area, and that protective tightening is the spasm you feel.',
      },
      {
        type: 'list',
        items: [
          'Lifting something heavy, or lifting with a rounded back',
          'Working out or doing strenuous work without warming up',
          'A sudden twist or reach',
        ],
      },
    ],
    sources: [
      { type: 'seed', file: '001_9f872eb2b6f7ffa9.txt', section: 'Causes of Back Spasms' },
      { type: 'seed', file: '004_ab0e98096e72e1bc.txt', section: 'Introduction' },
    ],
    aliases: ['pulled muscle', 'strained back', 'tweaked back'],
    related: [],
  },
];
