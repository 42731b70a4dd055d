document.getElementById("root")!.textContent = "Factdesk";
