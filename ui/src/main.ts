import { mount } from 'svelte';
// The global sheets come before the components, whose own styles build on them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/shared.css';
import App from './App.svelte';
import { connect } from './lib/api/client';
import { loadLanguage } from './lib/i18n/language.svelte';
import { isRoomScreen, router } from './lib/router.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The transport is chosen once (desktop IPC or HTTP), before any view asks for data.
// The language comes next, so the first screen already reads in it.
connect()
  .then(() => loadLanguage(isRoomScreen(router.route)))
  .then(() => mount(App, { target }));
