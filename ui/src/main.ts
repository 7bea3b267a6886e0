import { mount } from 'svelte';
import App from './App.svelte';
import { connect } from './lib/api/client';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The transport is chosen once (desktop IPC or HTTP), before any view asks for data.
connect().then(() => mount(App, { target }));
