// A listing page's address and title come from src/site/browse.ts as plain data: Arabic
// topic names reach the permalink without passing through a template.
export default {
  eleventyComputed: {
    permalink: (data) => data.listPage.url,
    title: (data) => (data.listPage.kind === 'home' && data.listPage.pageNumber === 1 ? '' : data.listPage.title),
    description: (data) => data.listPage.description,
  },
};
