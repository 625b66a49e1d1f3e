import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { plural } from '../lib/format.ts';
import { storyPath } from '../lib/urls.ts';
import { loadSite } from '../site/load-site.ts';

/** `/feed.xml`: an RSS feed of the stories, newest first, for feed readers. */
export const GET: APIRoute = async (context) => {
  const { stories } = await loadSite();
  return rss({
    title: 'Claim by Claim: stories',
    description: 'News stories compared claim by claim: which figures, quotes and places each outlet reported.',
    site: context.site ?? 'http://localhost:4321',
    items: stories.map((story) => ({
      title: story.title,
      link: storyPath(story.id),
      ...(story.latest === null ? {} : { pubDate: new Date(story.latest) }),
      description:
        `${story.summary ?? ''} ${plural(story.outletCount, 'outlet')}, ${plural(story.articles.length, 'article')}${story.period ? `, ${story.period}` : ''}.`.trim(),
    })),
  });
};
