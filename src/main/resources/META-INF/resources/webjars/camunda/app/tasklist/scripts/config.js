// Shomei's settings for this Camunda webapp: Japanese and English (English for any label Japanese lacks),
// under Shomei's name, with Shomei's scripts (language, time zone, header, sign-out; the list's order and the form's
// images) loaded before it starts.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Shomei'
  },
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../shomei/webapps.js', '../shomei/tasklist.js'],
  requireJsConfig: {
    ngDeps: ['shomei.webapps']
  }
};
