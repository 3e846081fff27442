// Shomei's settings for this Camunda webapp: Japanese and English (English for any label Japanese lacks),
// under Shomei's name, with Shomei's script (language, time zone, header, sign-out) loaded before it starts.
export default {
  app: {
    name: 'Admin',
    vendor: 'Shomei'
  },
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../shomei/webapps.js'],
  requireJsConfig: {
    ngDeps: ['shomei.webapps']
  }
};
