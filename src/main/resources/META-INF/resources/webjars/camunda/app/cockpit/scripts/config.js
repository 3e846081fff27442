// Shomei's settings for this Camunda webapp: Japanese first, English beside it, under Shomei's name.
export default {
  app: {
    name: 'Cockpit',
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
