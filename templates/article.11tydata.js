// The page title and description of an article page come from its catalogue entry,
// as plain data: never through a template string, so seed text is never template code.
// The address too: a permalink written as a template string was compiled once per article.
export default {
  eleventyComputed: {
    permalink: (data) => `/articles/${data.entry.id}/`,
    title: (data) => data.entry.title,
    description: (data) => data.entry.description,
  },
};
