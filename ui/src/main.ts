import { mount } from 'svelte';
// The global sheets come before the components, whose own styles build on them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/shared.css';
import App from './App.svelte';
import { connect } from './lib/api/client';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The transport is chosen once (desktop IPC or HTTP), before any view asks for data.
connect().then(() => mount(App, { target }));
