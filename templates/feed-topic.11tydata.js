// The topic's Arabic name reaches the feed's path as data, never through a template.
export default {
  eleventyComputed: {
    permalink: (data) => data.topic.feedUrl,
  },
};
