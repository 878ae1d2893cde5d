// The page title and description of an article page come from its catalogue entry,
// as plain data: never through a template string, so seed text is never template code.
export default {
  eleventyComputed: {
    title: (data) => data.entry.title,
    description: (data) => data.entry.description,
  },
};
